/**
 * Opening datasets: the example folder, its .tar.gz, a bare data.ndjson, Sanity's own
 * real export, and bad input that is reported by file and line without losing the rest.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {isDatasetLoadError, type DatasetProblem} from '@practice-press/sdk'
import {findBrokenReferences} from '@practice-press/sdk/dataset'
import {openDataset, readExport} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

import {repoPath, sharedPath} from '../support/shared.ts'

const scratch = mkdtempSync(join(tmpdir(), 'practice-press-dataset-'))
const write = (name: string, text: string) => {
  const path = join(scratch, name)
  writeFileSync(path, text)
  return path
}

describe('the example dataset', () => {
  it('reads the same from its folder and from the .tar.gz the pack script makes', async () => {
    const archive = join(scratch, 'content.tar.gz')
    execFileSync(process.execPath, ['--conditions=@practice-press/source', repoPath('scripts/pack-content.ts'), archive])
    expect(await readExport(archive)).toEqual(await readExport(repoPath('content')))
  })

  it('answers image asset lookups as Sanity would, with URLs under assetBaseUrl', async () => {
    const source = await openDataset(repoPath('content'), {assetBaseUrl: 'https://cdn.example/images'})
    const hero = await source.fetch<{_id: string; url: string; mimeType: string; dimensions: unknown}>(
      '*[_id == "article-repair-after-an-argument"][0].heroImage.asset->{_id, url, mimeType, "dimensions": metadata.dimensions}',
    )
    const file = hero._id.replace(/^image-/, '').replace(/-(\w+)$/, '.$1')
    expect(hero).toEqual({
      _id: expect.stringMatching(/^image-[0-9a-f]{40}-1600x900-jpg$/),
      url: `https://cdn.example/images/${file}`,
      mimeType: 'image/jpeg',
      dimensions: {_type: 'sanity.imageDimensions', width: 1600, height: 900, aspectRatio: 1600 / 900},
    })
  })

  it('has no broken references', async () => {
    expect(findBrokenReferences(await readExport(repoPath('content')))).toEqual([])
  })
})

describe('Sanity’s real export (the Next.js template’s sample data)', () => {
  it('opens, and image fields resolve to the asset ids and metadata Sanity has', async () => {
    const source = await openDataset(sharedPath('fixtures', 'sanity-template-nextjs-clean-sample-data.tar.gz'), {perspective: 'raw'})
    const posts = await source.fetch<{title: string; img: {_id: string; url: string; metadata: {dimensions: {width: number}}} | null}[]>(
      '*[_type == "post"] | order(title){title, "img": coverImage.asset->{_id, url, metadata}}',
    )
    expect(posts.length).toBeGreaterThan(0)
    for (const post of posts) {
      if (!post.img) continue
      const [, sha1, width, , extension] = /^image-([0-9a-f]{40})-(\d+)x(\d+)-(\w+)$/.exec(post.img._id) ?? []
      expect({url: post.img.url, width: post.img.metadata.dimensions.width}).toEqual({
        url: `/images/${sha1}-${width}x${post.img._id.split('-')[2]!.split('x')[1]}.${extension}`,
        width: Number(width),
      })
    }
    expect(posts.filter((post) => post.img).length).toBeGreaterThan(0)
  })

  it('names an asset by the SHA-1 of its bytes, as an import would, even where the file name carries another hash', async () => {
    const source = await openDataset(sharedPath('fixtures', 'sanity-template-nextjs-clean-sample-data.tar.gz'), {perspective: 'raw'})
    expect(await source.fetch('*[_type == "sanity.imageAsset" && extension == "svg"]{_id, originalFilename, url, "width": metadata.dimensions.width}')).toEqual([
      {
        _id: 'image-4e8dda29aa09953eb216ce0e45a4007776dcb556-800x800-svg',
        originalFilename: 'sanity-orange-icon.svg',
        url: '/images/4e8dda29aa09953eb216ce0e45a4007776dcb556-800x800.svg',
        width: 800,
      },
    ])
  })

  it('keeps documents of types we do not know, and system fields, as they are', async () => {
    const documents = await readExport(sharedPath('fixtures', 'sanity-template-nextjs-clean-sample-data.tar.gz'))
    const assist = documents.find((document) => document._type.startsWith('sanity.assist'))
    const withSystem = documents.find((document) => '_system' in document)
    expect({assist: Boolean(assist), system: Boolean(withSystem?._rev && withSystem._createdAt)}).toEqual({assist: true, system: true})
  })
})

describe('bad input', () => {
  const lines = [
    '{"_id": "a", "_type": "topic", "title": "Fine"}',
    '{"_id": "b", "_type": "topic", "title": ',
    '',
    '{"_type": "topic", "title": "No id"}',
    '{"_id": "c", "title": "No type"}',
    '{"_id": "a", "_type": "topic", "title": "Again"}',
    '[1, 2]',
    '{"_id": "d", "_type": "topic", "title": "Also fine"}',
  ]
  const file = write('broken.ndjson', lines.join('\n'))

  it('strict (default): one error listing every problem with file and line, nothing loaded', async () => {
    const error = await readExport(file).catch((caught: unknown) => caught)
    expect(isDatasetLoadError(error)).toBe(true)
    const problems = (error as {problems: DatasetProblem[]}).problems
    expect(problems.map(({line, documentId}) => ({line, documentId}))).toEqual([
      {line: 2, documentId: undefined},
      {line: 4, documentId: undefined},
      {line: 5, documentId: 'c'},
      {line: 6, documentId: 'a'},
      {line: 7, documentId: undefined},
    ])
    expect((error as Error).message.split('\n').slice(0, 3)).toEqual([
      'The dataset has 5 problems; nothing was loaded:',
      `  ${file}:2: this line is not valid JSON (Unexpected end of JSON input).`,
      `  ${file}:4: the document has no "_id"; every document needs a unique string _id.`,
    ])
    expect((error as Error).message).toContain(`${file}:6 (a): another document with this _id is on line 1; ids must be unique.`)
  })

  it('lenient: loads every other document and reports each problem through the callback', async () => {
    const warnings: DatasetProblem[] = []
    const documents = await readExport(file, {onInvalid: 'warn', onWarning: (problem) => warnings.push(problem)})
    expect(documents.map((document) => document.title)).toEqual(['Fine', 'Also fine'])
    expect(warnings.map((warning) => warning.line)).toEqual([2, 4, 5, 6, 7])
  })

  it('says what to do when the path is not a dataset', async () => {
    await expect(readExport(join(scratch, 'nothing-here'))).rejects.toThrow(
      `No dataset at ${join(scratch, 'nothing-here')}: no such file or folder. Expected an export folder holding data.ndjson (as "sanity dataset export" writes it), a .ndjson file, or an export .tar.gz.`,
    )
    await expect(readExport(file, {onInvalid: 'loud' as never})).rejects.toThrow('readExport: options.onInvalid must be "throw" or "warn"; got "loud".')
  })

  it('a broken reference resolves to null, as GROQ does, and findBrokenReferences lists it', async () => {
    const path = write('refs.ndjson', [
      '{"_id": "a1", "_type": "article", "author": {"_type": "reference", "_ref": "missing"}, "topics": [{"_key": "k1", "_type": "reference", "_ref": "gone"}, {"_key": "k2", "_type": "reference", "_ref": "t", "_weak": true}]}',
    ].join('\n'))
    const source = await openDataset(path)
    expect(await source.fetch('*[_id == "a1"][0]{"author": author->name}')).toEqual({author: null})
    expect(findBrokenReferences(await readExport(path))).toEqual([
      {documentId: 'a1', path: 'author', ref: 'missing'},
      {documentId: 'a1', path: 'topics[_key=="k1"]', ref: 'gone'},
    ])
  })

  it('an asset without an assets.json entry gets the metadata its file name tells', async () => {
    const folder = mkdtempSync(join(scratch, 'export-'))
    writeFileSync(join(folder, 'data.ndjson'), '{"_id": "x", "_type": "author", "portrait": {"_type": "imageWithCredit", "_sanityAsset": "image@file://./images/0000000000000000000000000000000000000abc-10x20.png"}}\n')
    writeFileSync(join(folder, 'assets.json'), '{}')
    const source = await openDataset(folder)
    expect(await source.fetch('*[_id == "x"][0].portrait.asset->{_id, url, metadata}')).toEqual({
      _id: 'image-0000000000000000000000000000000000000abc-10x20-png',
      url: '/images/0000000000000000000000000000000000000abc-10x20.png',
      metadata: {_type: 'sanity.imageMetadata', dimensions: {_type: 'sanity.imageDimensions', width: 10, height: 20, aspectRatio: 0.5}},
    })
  })
})
