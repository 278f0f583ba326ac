/**
 * `practice-press validate` as the therapist and a tool run it: one line per finding
 * (level, document id, field, message in plain words), a summary, exit 1 only when there
 * are errors; `--json` for tools; a dataset that cannot be read exits 3 with its file and line.
 */
import {appendFile, cp, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {runCli} from '@practice-press/cli'
import {openDatasetStore} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, stopSignal: new Promise(() => {}), cwd: repoPath()})
  return {code, stdout, stderr}
}

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'practice-press-validate-'))
  await cp(repoPath('content'), join(dir, 'content'), {recursive: true})
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('practice-press validate', () => {
  it('passes the example dataset with its one warning, and exits 0', async () => {
    const result = await run(['validate'])
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'warning  author-lia-huynh  credentials[_key=="dbfb51db3aa5"].licenseNumber  Add your license number, so clients can look up your license with the board.',
        '',
        '0 errors, 1 warning, 0 notes in 18 documents.',
        '',
      ].join('\n'),
    })
  })

  it('lists errors by document and field, and exits 1; --json gives the same findings', async () => {
    const folder = join(dir, 'content')
    const store = await openDatasetStore(folder)
    await store.commit([
      {create: {_id: 'drafts.article-unfinished', _type: 'article', title: 'Unfinished', slug: {_type: 'slug', current: 'when-to-try-couples-therapy'}, author: {_type: 'reference', _ref: 'author-nobody'}, body: [{_type: 'block', _key: 'h', style: 'h4', markDefs: [], children: [{_type: 'span', _key: 's', text: 'Later', marks: []}]}]}},
    ])
    await store.close()
    const result = await run(['validate', folder])
    expect(result.code).toBe(1)
    const columns = result.stdout.split('\n').map((line) => line.split(/\s{2,}/).slice(0, 3))
    // The published article that had the address first is told too.
    expect(columns.filter(([, id]) => id === 'article-when-to-try-couples-therapy')).toEqual([['error', 'article-when-to-try-couples-therapy', 'slug']])
    expect(columns.filter(([, id]) => id === 'drafts.article-unfinished')).toEqual([
      ['error', 'drafts.article-unfinished', 'author'],
      ['warning', 'drafts.article-unfinished', 'body[_key=="h"]'],
      ['error', 'drafts.article-unfinished', 'excerpt'],
      ['error', 'drafts.article-unfinished', 'heroImage'],
      ['error', 'drafts.article-unfinished', 'publishedAt'],
      ['error', 'drafts.article-unfinished', 'slug'],
    ])
    expect(result.stdout).toContain('This points to a document that does not exist (author-nobody): choose another one, or remove it.')
    expect(result.stdout).toContain('The address "when-to-try-couples-therapy" is also used by "When is it time to try couples therapy?" (article-when-to-try-couples-therapy): give each its own.')
    expect(result.stdout).toMatch(/\n\d+ errors, 2 warnings, 0 notes in 19 documents\.\n$/)
    const json = await run(['validate', folder, '--json'])
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout)
    expect(parsed.schemaRules).toBe(true)
    expect(parsed.findings.filter((finding: {documentId: string}) => finding.documentId === 'drafts.article-unfinished').map((finding: {path: string; check: string}) => `${finding.path} ${finding.check}`)).toEqual([
      'author reference',
      'body[_key=="h"] heading-order',
      'excerpt schema',
      'heroImage schema',
      'publishedAt schema',
      'slug slug',
    ])
  })

  it('exits 3 naming the file and line of a corrupt dataset, 3 for a missing one, 2 for an unknown flag', async () => {
    const broken = join(dir, 'broken')
    await cp(repoPath('content'), broken, {recursive: true})
    await appendFile(join(broken, 'data.ndjson'), '{"_id": "x", "_type": \n')
    const corrupt = await run(['validate', broken])
    expect(corrupt.code).toBe(3)
    expect(corrupt.stderr).toMatch(/data\.ndjson:\d+/)
    const missing = await run(['validate', join(dir, 'nothing-here')])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('nothing-here')
    const flag = await run(['validate', '--strict'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toBe('practice-press: unknown option --strict for "validate". Known options: --json, --debug, --help.\n')
  })
})
