/**
 * `practice-press export`: the articles as Markdown (lossless: importing the files gives
 * the same articles back, and a second import changes nothing; portable: pictures copied
 * beside the files, and found again on import), the dataset as the `.tar.gz` Sanity
 * imports (opened again by the store, the same documents), and the feeds as files (the
 * same bytes serve answers).
 */
import {createHash} from 'node:crypto'
import {cp, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'

import {runCli, startServer} from '@practice-press/cli'
import {openDatasetStore, readExport} from '@practice-press/sdk/node'
import {toMarkdown} from '@practice-press/sdk/render'
import {list} from 'tar'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, stopSignal: new Promise(() => {}), cwd: work})
  return {code, stdout, stderr}
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of (await readdir(folder, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())) {
    const path = join(name.parentPath, name.name)
    files[relative(folder, path)] = createHash('sha1').update(await readFile(path)).digest('hex')
  }
  return files
}

/** An article as the round trip must keep it: every field but the system's, the body as lossless Markdown and the topics as their ids (so `_key`s do not count). */
function comparable(document: Record<string, unknown>): Record<string, unknown> {
  const {_rev, _createdAt, _updatedAt, body, topics, ...rest} = document
  return {
    ...rest,
    body: Array.isArray(body) ? toMarkdown(body as never, {lossless: true}) : body,
    topics: Array.isArray(topics) ? topics.map((topic: {_ref?: string}) => topic._ref) : topics,
  }
}

/** The asset ids of a body's pictures, in order. */
function assets(body: Array<{_type: string; asset?: {_ref: string}}>): Array<string | undefined> {
  return body.filter((block) => block._type === 'imageWithCredit').map((block) => block.asset?._ref)
}

let work = ''
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'practice-press-export-'))
  await cp(repoPath('content'), join(work, 'content'), {recursive: true})
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('practice-press export markdown', () => {
  it('--lossless --drafts: importing the files back gives the same articles, and importing them again changes nothing', async () => {
    const before = (await readExport(join(work, 'content'))).filter((document) => document._type === 'article')
    const exported = await run(['export', 'markdown', '--out', 'lossless', '--lossless', '--drafts'])
    expect(exported).toMatchObject({code: 0, stderr: ''})
    expect(exported.stdout).toBe('Wrote 7 articles to lossless (lossless: practice-press import gives them back).\n')
    const first = await readFile(join(work, 'lossless/weekly-check-in-ritual.md'), 'utf8')
    expect(first).toMatch(/^---\nid: article-weekly-check-in-ritual\ntitle: A weekly check-in ritual for couples\nslug: weekly-check-in-ritual\ndate: "2025-10-21T15:00:00.000Z"\n/)
    expect(first).toContain('\nauthor: sam-rivera\ntags:\n  - Couples\n  - Communication\nfields:\n  heroImage:\n')

    const imported = await run(['import', 'lossless', '--into', 'content', '--publish', '--json'])
    expect(imported.code).toBe(0)
    const summary = JSON.parse(imported.stdout)
    expect(summary.problems).toEqual([])
    // Published articles stay published; a draft (draft: true) goes back to its draft.
    expect(summary.articles.map((article: {documentId: string}) => article.documentId).toSorted()).toEqual(
      before.filter((document) => !before.some((other) => other._id === `drafts.${document._id}`)).map((document) => document._id).toSorted(),
    )
    const after = (await readExport(join(work, 'content'))).filter((document) => document._type === 'article')
    expect(after.map(comparable)).toEqual(expect.arrayContaining(before.map(comparable)))
    expect(after.length).toBe(before.length)

    const dataset = await snapshot(join(work, 'content'))
    const again = await run(['import', 'lossless', '--into', 'content', '--publish'])
    expect(again.stdout).toContain('Imported 7 articles (0 new, 0 updated, 7 unchanged)')
    expect(await snapshot(join(work, 'content'))).toEqual(dataset)
    // And exported again, the same files.
    const files = await snapshot(join(work, 'lossless'))
    await run(['export', 'markdown', '--out', 'lossless', '--lossless', '--drafts'])
    expect(await snapshot(join(work, 'lossless'))).toEqual(files)
  })

  it('portable: readable Markdown with the pictures beside it, which an import finds again', async () => {
    const exported = await run(['export', 'markdown', '--out', 'portable'])
    expect(exported.stdout).toBe('Wrote 6 articles and 3 pictures to portable.\n')
    const text = await readFile(join(work, 'portable/listening-so-your-partner-feels-heard.md'), 'utf8')
    const picture = /!\[[^\]]+\]\((images\/[0-9a-f]{40}-1200x800\.jpg)\)/.exec(text)?.[1]
    expect(picture).toBeDefined()
    expect(await readFile(join(work, 'portable', picture!))).toEqual(await readFile(join(work, 'content', picture!)))
    expect(text).not.toContain('::image') // portable: no directives

    await cp(repoPath('content'), join(work, 'fresh'), {recursive: true})
    const imported = JSON.parse((await run(['import', 'portable', '--into', 'fresh', '--json'])).stdout)
    expect(imported).toMatchObject({images: 0, problems: []})
    const documents = await readExport(join(work, 'fresh'))
    const draft = documents.find((document) => document._id === 'drafts.article-listening-so-your-partner-feels-heard') as unknown as {body: Array<{_type: string; asset?: {_ref: string}}>}
    const original = documents.find((document) => document._id === 'article-listening-so-your-partner-feels-heard') as unknown as {body: Array<{_type: string; asset?: {_ref: string}}>}
    expect(assets(draft.body)).toEqual(assets(original.body))
  })
})

describe('practice-press export dataset', () => {
  it('writes the archive sanity dataset import reads, which the store opens to the same documents', async () => {
    const result = await run(['export', 'dataset', 'backup/content.tar.gz'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Wrote backup\/content\.tar\.gz: \d+ documents, \d+ files, as sanity dataset import reads them\.\n$/)
    const entries: string[] = []
    await list({file: join(work, 'backup/content.tar.gz'), onReadEntry: (entry) => entries.push(entry.path)})
    const [top] = entries[0]?.split('/') ?? []
    expect(top).toMatch(/^practice-press-export-\d{4}-\d{2}-\d{2}t/)
    expect(entries.slice(0, 2)).toEqual([`${top}/data.ndjson`, `${top}/assets.json`])
    expect(entries.filter((entry) => entry.startsWith(`${top}/images/`)).length).toBe(12)
    const store = await openDatasetStore(join(work, 'backup/content.tar.gz'))
    expect(store.source.documents.toSorted((a, b) => a._id.localeCompare(b._id))).toEqual((await readExport(join(work, 'content'))).toSorted((a, b) => a._id.localeCompare(b._id)))
    await store.close()
  })
})

describe('practice-press export feeds', () => {
  it('writes the site’s, each topic’s and each clinician’s feeds, byte for byte what serve answers', async () => {
    const result = await run(['export', 'feeds', '--out', 'public', '--base-url', 'https://www.example.com'])
    expect(result.code).toBe(0)
    const files = Object.keys(await snapshot(join(work, 'public'))).toSorted()
    expect(files).toEqual(expect.arrayContaining(['atom.xml', 'feed.json', 'rss.xml', 'topics/trust/rss.xml', 'authors/lia-huynh/atom.xml']))
    const server = await startServer({dataset: join(work, 'content'), host: '127.0.0.1', port: 0, baseUrl: 'https://www.example.com', log: () => undefined, watch: false, imageCacheDir: join(work, 'image-cache')})
    try {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'topics/trust/rss.xml']) {
        expect({file, same: (await (await fetch(`${server.origin}/${file}`)).text()) === (await readFile(join(work, 'public', file), 'utf8'))}).toEqual({file, same: true})
      }
    } finally {
      await server.close()
    }
  })
})

describe('practice-press export, told wrong', () => {
  it('says what is missing or wrong, exits 2 (3 for a dataset that is not there), and writes nothing', async () => {
    const cases: Array<[string[], number, string]> = [
      [['export'], 2, "missing required argument 'what'"],
      [['export', 'pdf', '--out', 'x'], 2, 'say what to export: markdown, dataset or feeds; got "pdf".'],
      [['export', 'markdown'], 2, 'say where to write the files: --out <folder>.'],
      [['export', 'dataset'], 2, 'say where to write the archive: export dataset out.tar.gz, or --out out.tar.gz.'],
      [['export', 'dataset', '--out', 'out.zip'], 2, 'the archive\'s name must end in .tar.gz'],
      [['export', 'feeds', '--out', 'f', '--lossless'], 2, '--lossless and --drafts are for export markdown.'],
      [['export', 'markdown', 'nothing-here', '--out', 'never'], 3, 'nothing-here'],
    ]
    for (const [args, code, message] of cases) {
      const result = await run(args)
      expect({args, code: result.code, said: result.stderr.includes(message)}).toEqual({args, code, said: true})
    }
    expect((await readdir(work)).filter((name) => ['x', 'never', 'f', 'out.zip'].includes(name))).toEqual([])
  })
})
