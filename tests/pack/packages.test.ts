/**
 * Packages are publishable as they are: publint finds nothing, and the tarball `pnpm pack`
 * makes installs in a scratch project and imports there: offline, from pnpm's store, at
 * exactly the versions of the workspace's lockfile (whatever the registry published since).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {consumerLockfile, type PackedPackage} from '../support/consumer-lockfile.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'practice-press-pack-'))

const packages = [
  {name: '@practice-press/example-content', dir: 'content', script: `
    import {existsSync} from 'node:fs'
    import {isAbsolute, join} from 'node:path'
    import exampleContent, {datasetPath} from '@practice-press/example-content'
    console.log(JSON.stringify({
      absolute: isAbsolute(exampleContent),
      same: exampleContent === datasetPath,
      installed: exampleContent.includes('node_modules'),
      files: ['data.ndjson', 'assets.json', 'images', 'README.md'].map((file) => existsSync(join(exampleContent, file))),
    }))
  `, expected: {absolute: true, same: true, installed: true, files: [true, true, true, true]}},
  {name: '@practice-press/schemas', dir: 'schemas', script: `
    import {schemaTypes, article, PRACTICE_ID} from '@practice-press/schemas'
    import schema from '@practice-press/schemas/schema.json' with {type: 'json'}
    console.log(JSON.stringify({types: schemaTypes.length, article: article.name, practice: PRACTICE_ID, extracted: schema.length > 0}))
  `, expected: {types: 22, article: 'article', practice: 'practice', extracted: true}},
  {name: '@practice-press/sdk', dir: 'packages/sdk', script: `
    import {existsSync} from 'node:fs'
    import {createServer} from 'node:http'
    import {createRequire} from 'node:module'
    import {createClient} from '@sanity/client'
    import {articleBySlugQuery, createDatasetSource, DatasetLoadError} from '@practice-press/sdk'
    import {findBrokenReferences} from '@practice-press/sdk/dataset'
    import {createQueryListener, readExport} from '@practice-press/sdk/node'
    import {buildFeed, toRss} from '@practice-press/sdk/syndication'
    const documents = await readExport(${JSON.stringify(join(root, 'content'))})
    // The Node adapter as installed: the preview token and a long (POST) query arrive, getDocument works.
    const server = createServer(createQueryListener(createDatasetSource(documents), {previewToken: 'test-preview-secret-0123'}))
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    const client = createClient({projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', apiHost: 'http://127.0.0.1:' + server.address().port, useProjectHostname: false, useCdn: false})
    const drafts = await client.withConfig({token: 'test-preview-secret-0123'}).fetch('count(*[_type == "article"])', {}, {perspective: 'drafts'})
    const long = await client.fetch('count(*[_type == "article" && title != $padding])', {padding: 'x'.repeat(12000)})
    const topic = await client.getDocument('topic-couples')
    server.close()
    console.log(JSON.stringify({
      query: articleBySlugQuery.includes('_type == "article"'),
      functions: [typeof findBrokenReferences, typeof readExport, typeof buildFeed, typeof toRss],
      error: new DatasetLoadError([{file: 'x', message: 'y'}]).name,
      documents: documents.length > 0,
      adapter: {drafts, long, topic: topic?._type},
      styles: existsSync(createRequire(import.meta.url).resolve('@practice-press/sdk/styles.css')),
    }))
  `, expected: {query: true, functions: ['function', 'function', 'function', 'function'], error: 'DatasetLoadError', documents: true, adapter: {drafts: 7, long: 6, topic: 'topic'}, styles: true}},
  {name: '@practice-press/cli', dir: 'packages/cli', script: `
    import {spawn} from 'node:child_process'
    import {createDatasetSource} from '@practice-press/sdk'
    import {readExport} from '@practice-press/sdk/node'
    import {createApp} from '@practice-press/cli/app'
    const bin = 'node_modules/.bin/practice-press'
    const version = await new Promise((resolve) => {
      const child = spawn(bin, ['--version'], {stdio: ['ignore', 'pipe', 'inherit']})
      let out = ''
      child.stdout.on('data', (chunk) => (out += chunk))
      child.on('close', () => resolve(out.trim()))
    })
    // The installed command serves the example dataset on a free port, answers, and stops on SIGINT.
    const server = spawn(bin, ['serve', ${JSON.stringify(join(root, 'content'))}, '--port', '0', '--no-watch'], {stdio: ['ignore', 'pipe', 'inherit']})
    const origin = await new Promise((resolve, reject) => {
      let out = ''
      server.stdout.on('data', (chunk) => {
        out += chunk
        const open = /Open (http:\\/\\/127\\.0\\.0\\.1:\\d+)\\//.exec(out)
        if (open) resolve(open[1])
      })
      server.on('exit', (code) => reject(new Error('serve exited with ' + code + ': ' + out)))
    })
    const home = await fetch(origin + '/')
    const html = await home.text()
    const rss = await fetch(origin + '/rss.xml')
    await rss.arrayBuffer()
    const picture = await fetch(origin + '/images/' + (/src="\\/images\\/([^"?]+)/.exec(html)?.[1] ?? 'none') + '?w=320')
    await picture.arrayBuffer()
    const query = await (await fetch(origin + '/v2025-02-19/data/query/production?query=' + encodeURIComponent('count(*[_type == "article"])'))).json()
    const stopped = await new Promise((resolve) => {
      server.removeAllListeners('exit')
      server.on('exit', (code) => resolve(code))
      server.kill('SIGINT')
    })
    const app = createApp({source: createDatasetSource(await readExport(${JSON.stringify(join(root, 'content'))}))})
    const page = await app.fetch(new Request('http://localhost/articles/repair-after-an-argument'))
    console.log(JSON.stringify({
      version,
      home: [home.status, html.includes('<title>Talk with Lia</title>')],
      rss: [rss.status, rss.headers.get('content-type')],
      picture: [picture.status, /^image\\/(png|jpeg|webp)$/.test(picture.headers.get('content-type') ?? '')],
      query: query.result,
      stopped,
      app: page.status,
    }))
  `, expected: {version: '0.1.0', home: [200, true], rss: [200, 'application/rss+xml; charset=utf-8'], picture: [200, true], query: 6, stopped: 0, app: 200}},
]

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, DO_NOT_TRACK: '1'}})

beforeAll(() => {
  run('pnpm', ['exec', 'tsc', '-b', 'schemas', 'packages/sdk', 'packages/cli'], root)
  for (const {dir} of packages) run('pnpm', ['pack', '--pack-destination', scratch], join(root, dir))
  const tarballs = readdirSync(scratch).filter((file) => file.endsWith('.tgz'))
  const packed: PackedPackage[] = packages.map(({name, dir}) => {
    const tarball = tarballs.find((file) => file.startsWith(`${name.replace('@', '').replace('/', '-')}-`))
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`)
    return {name, dir, tarball, path: join(scratch, tarball), manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))}
  })
  // Exactly the workspace lockfile's versions, installed offline from the store the
  // workspace's `--frozen-lockfile` install filled: resolving the ranges instead would need
  // the registry's metadata and pick whatever it published last (see consumer-lockfile.ts).
  const settings = {autoInstallPeers: false, excludeLinksFromLockfile: false}
  const {lockfile, dependencies} = consumerLockfile({
    workspaceLockfile: join(root, 'pnpm-lock.yaml'),
    packed,
    // The client a frontend would point at the query listener (the adapter check), and
    // `defineQuery` for a developer's own typed query, as TypeGen finds it: as the SDK has them.
    registry: {'@sanity/client': 'packages/sdk', groq: 'packages/sdk'},
    settings,
  })
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module', dependencies}))
  writeFileSync(join(scratch, 'pnpm-workspace.yaml'), `autoInstallPeers: ${settings.autoInstallPeers}\nexcludeLinksFromLockfile: ${settings.excludeLinksFromLockfile}\n`)
  writeFileSync(join(scratch, 'pnpm-lock.yaml'), lockfile)
  run('pnpm', ['install', '--frozen-lockfile', '--offline', '--ignore-scripts', '--config.confirmModulesPurge=false'], scratch)
  // The schemas' peers (`sanity`, and React for the icons) are the host Studio's: link the
  // workspace Studio's copies instead of resolving a second set offline.
  for (const peer of ['sanity', 'react', 'react-dom', 'styled-components']) {
    symlinkSync(realpathSync(join(root, 'studio/node_modules', peer)), join(scratch, 'node_modules', peer))
  }
  writeFileSync(join(scratch, 'readme-first.ts'), readmeFirstExample)
}, 240_000)

/** The SDK README's first example, as written: what a new user copies first. */
const readmeFirstExample = readFileSync(join(root, 'packages/sdk/README.md'), 'utf8').match(/```ts\n([\s\S]*?)```/)?.[1] ?? ''

it('the SDK README’s first example runs from the packed install, as written', () => {
  expect(readmeFirstExample).toContain("from '@practice-press/example-content'")
  expect(run(process.execPath, ['readme-first.ts'], scratch)).toBe(
    "[\n  'When money becomes the argument',\n  'When is it time to try couples therapy?',\n  'A weekly check-in ritual for couples'\n] true Sam Rivera (sample author)\n",
  )
})

afterAll(() => process.env.KEEP_SCRATCH || rmSync(scratch, {recursive: true, force: true}))

it('the SDK’s published types type-check a consumer (strict, NodeNext, exactOptionalPropertyTypes) with its own typed query', () => {
  // A developer's own query file and what TypeGen wrote for it (tests/fixtures/developer-site).
  for (const file of ['queries.ts', 'sanity.types.ts']) copyFileSync(join(root, 'tests/fixtures/developer-site', file), join(scratch, file))
  writeFileSync(
    join(scratch, 'own-query.ts'),
    `import {createSanitySource, type ContentSource} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'
import {officeCardsQuery} from './queries.ts'
declare const process: {env: Record<string, string | undefined>}
export async function officeNames(source: ContentSource): Promise<string[]> {
  const offices = await source.fetch(officeCardsQuery)
  return offices.map((office) => office.name)
}
// Optional options take undefined, as process.env gives it.
export const sanity = createSanitySource({projectId: 'p', dataset: 'd', apiVersion: '2025-02-19', token: process.env.SANITY_TOKEN, useCdn: undefined, perspective: undefined})
export const local = () => openDataset('content', {assetBaseUrl: process.env.ASSET_BASE_URL, perspective: undefined})
`,
  )
  writeFileSync(
    join(scratch, 'consumer.ts'),
    `import './own-query.ts'
import {getArticle, listArticles, type ArticleBySlugQueryResult, type ContentSource} from '@practice-press/sdk'
import {createQueryListener, openDataset, type NodeRequestListener} from '@practice-press/sdk/node'
import {findBrokenReferences, type BrokenReference} from '@practice-press/sdk/dataset'
import {renderArticleHtml, toHtml} from '@practice-press/sdk/render'
import {buildFeed, toRss, type Feed} from '@practice-press/sdk/syndication'
export async function rss(source: ContentSource): Promise<string | null> {
  const feed: Feed | null = await buildFeed(source, {baseUrl: 'https://www.example.com'})
  return feed ? toRss(feed) : null
}
export async function page(source: ContentSource): Promise<string | null> {
  const article: ArticleBySlugQueryResult = await getArticle(source, {slug: 'x'})
  const {items, nextCursor} = await listArticles(source, {limit: 5})
  return article ? toHtml(article.body) + items.length + String(nextCursor) : null
}
export async function articleHtml(source: ContentSource): Promise<string | null> {
  const article = await getArticle(source, {slug: 'x'})
  return article ? renderArticleHtml(article, {practice: null}) : null
}
export const broken = (documents: Parameters<typeof findBrokenReferences>[0]): BrokenReference[] => findBrokenReferences(documents)
export const open = openDataset
export const listener = (source: ContentSource, previewToken: string | undefined): NodeRequestListener => createQueryListener(source, {previewToken})
`,
  )
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        allowImportingTsExtensions: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      // As a project's `include` covers its generated sanity.types.ts, which registers the queries.
      files: ['consumer.ts', 'sanity.types.ts', 'readme-first.ts'],
    }),
  )
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', scratch], {cwd: scratch, encoding: 'utf8'})
  expect(tsc.stdout + tsc.stderr).toBe('')
})

describe.each(packages)('$name', ({name, dir, script, expected}) => {
  it('is publint clean', async () => {
    const {messages, pkg} = await publint({pkgDir: join(root, dir), level: 'suggestion', strict: true, pack: 'pnpm'})
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([])
  })

  it('installs from its tarball and imports by name', () => {
    const file = join(scratch, `${name.replace('/', '-')}.mjs`)
    writeFileSync(file, script)
    expect(JSON.parse(run(process.execPath, [file], scratch).trim().split('\n').at(-1) ?? '')).toEqual(expected)
  })
})
