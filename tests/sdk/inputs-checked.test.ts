/**
 * Inputs are checked where they enter: a wrong argument to `createDatasetSource` or a wrong
 * path to `openDataset` fails at the call, saying which argument and what was expected,
 * not later inside a query.
 */
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {createDatasetSource, DatasetLoadError, isDatasetLoadError} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

const scratch = mkdtempSync(join(tmpdir(), 'practice-press-inputs-'))
const EXPECTED = 'an export folder holding data.ndjson (as "sanity dataset export" writes it), a .ndjson file, or an export .tar.gz'

describe('createDatasetSource(documents)', () => {
  it('throws at the call for something that is not an array', () => {
    expect(() => createDatasetSource({} as never)).toThrow('createDatasetSource: documents must be an array of documents; got an object.')
    expect(() => createDatasetSource(undefined as never)).toThrow('createDatasetSource: documents must be an array of documents; got undefined.')
  })

  it('names the first bad document by its index', () => {
    const good = {_id: 'a', _type: 'topic'}
    expect(() => createDatasetSource([good, {_type: 'topic'}] as never)).toThrow(
      'createDatasetSource: documents[1]._id must be a non-empty string: every document needs an _id and a _type; got undefined.',
    )
    expect(() => createDatasetSource([good, good, {_id: 'c'}] as never)).toThrow(
      'createDatasetSource: documents[2]._type must be a non-empty string: every document needs an _id and a _type; got undefined.',
    )
    expect(() => createDatasetSource([{_id: 7, _type: 'topic'}] as never)).toThrow(
      'createDatasetSource: documents[0]._id must be a non-empty string: every document needs an _id and a _type; got 7.',
    )
    expect(() => createDatasetSource([good, null] as never)).toThrow('createDatasetSource: documents[1] must be a document object; got null.')
  })

  it('takes an empty array and well-formed documents', async () => {
    await expect(createDatasetSource([]).fetch('count(*)')).resolves.toBe(0)
    await expect(createDatasetSource([{_id: 'a', _type: 'topic'}]).fetch('count(*)')).resolves.toBe(1)
  })
})

describe('openDataset(path)', () => {
  it('a path with nothing there is a DatasetLoadError with code ENOENT, the path and what was expected', async () => {
    const path = join(scratch, 'wrong/path')
    const error = await openDataset(path).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DatasetLoadError)
    expect(isDatasetLoadError(error)).toBe(true)
    const loadError = error as DatasetLoadError
    expect({code: loadError.code, path: loadError.path, expected: loadError.expected, message: loadError.message}).toEqual({
      code: 'ENOENT',
      path,
      expected: EXPECTED,
      message: `No dataset at ${path}: no such file or folder. Expected ${EXPECTED}.`,
    })
    expect(loadError.problems).toEqual([{file: path, message: `No dataset at ${path}: no such file or folder.`}])
  })

  it('a folder without data.ndjson is ENOENT too; a missing archive likewise', async () => {
    const folder = join(scratch, 'empty-folder')
    mkdirSync(folder)
    await expect(openDataset(folder)).rejects.toMatchObject({name: 'DatasetLoadError', code: 'ENOENT', path: folder, message: `No dataset at ${folder}: the folder has no data.ndjson. Expected ${EXPECTED}.`})
    const archive = join(scratch, 'missing.tar.gz')
    await expect(openDataset(archive)).rejects.toMatchObject({name: 'DatasetLoadError', code: 'ENOENT', path: archive})
  })

  it('a file that is not a dataset is EFORMAT; bad lines are EINVALID', async () => {
    const file = join(scratch, 'notes.txt')
    writeFileSync(file, 'hello')
    await expect(openDataset(file)).rejects.toMatchObject({code: 'EFORMAT', path: file, message: `Cannot read notes.txt as a dataset. Expected ${EXPECTED}.`})
    const ndjson = join(scratch, 'bad.ndjson')
    writeFileSync(ndjson, '{not json}\n')
    await expect(openDataset(ndjson)).rejects.toMatchObject({code: 'EINVALID', path: undefined})
  })
})
