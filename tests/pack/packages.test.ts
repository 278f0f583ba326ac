/**
 * Packages are publishable as they are: publint finds nothing, and the tarball `pnpm pack`
 * makes installs in a scratch project and imports there (offline, from pnpm's store).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'practice-press-pack-'))

const packages = [
  {name: '@practice-press/schemas', dir: 'schemas', script: `
    import {schemaTypes, article, PRACTICE_ID} from '@practice-press/schemas'
    import schema from '@practice-press/schemas/schema.json' with {type: 'json'}
    console.log(JSON.stringify({types: schemaTypes.length, article: article.name, practice: PRACTICE_ID, extracted: schema.length > 0}))
  `, expected: {types: 22, article: 'article', practice: 'practice', extracted: true}},
  {name: '@practice-press/sdk', dir: 'packages/sdk', script: `
    import {articleBySlugQuery, resolveExportAssets, DatasetLoadError} from '@practice-press/sdk'
    import {readExport} from '@practice-press/sdk/node'
    import {buildFeed, toRss} from '@practice-press/sdk/syndication'
    const documents = await readExport(${JSON.stringify(join(root, 'content'))})
    console.log(JSON.stringify({
      query: articleBySlugQuery.includes('_type == "article"'),
      functions: [typeof resolveExportAssets, typeof readExport, typeof buildFeed, typeof toRss],
      error: new DatasetLoadError([{file: 'x', message: 'y'}]).name,
      documents: documents.length > 0,
    }))
  `, expected: {query: true, functions: ['function', 'function', 'function', 'function'], error: 'DatasetLoadError', documents: true}},
]

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, DO_NOT_TRACK: '1'}})

beforeAll(() => {
  run('pnpm', ['exec', 'tsc', '-b', 'schemas', 'packages/sdk'], root)
  for (const {dir} of packages) run('pnpm', ['pack', '--pack-destination', scratch], join(root, dir))
  const tarballs = readdirSync(scratch).filter((file) => file.endsWith('.tgz'))
  const dependency = (prefix: string) => `file:./${tarballs.find((file) => file.startsWith(prefix))}`
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({
      name: 'scratch',
      private: true,
      type: 'module',
      dependencies: {
        '@practice-press/schemas': dependency('practice-press-schemas-'),
        '@practice-press/sdk': dependency('practice-press-sdk-'),
      },
    }),
  )
  // The same override as the workspace: the newest @sanity/cli this registry serves in full.
  writeFileSync(join(scratch, 'pnpm-workspace.yaml'), "autoInstallPeers: false\noverrides:\n  '@sanity/cli': 8.12.0\n")
  run('pnpm', ['install', '--offline', '--ignore-scripts', '--config.confirmModulesPurge=false'], scratch)
  // The schemas' peers (`sanity`, and React for the icons) are the host Studio's: link the
  // workspace Studio's copies instead of resolving a second set offline.
  for (const peer of ['sanity', 'react', 'react-dom', 'styled-components']) {
    symlinkSync(realpathSync(join(root, 'studio/node_modules', peer)), join(scratch, 'node_modules', peer))
  }
}, 240_000)

afterAll(() => process.env.KEEP_SCRATCH || rmSync(scratch, {recursive: true, force: true}))

it('the SDK’s published types type-check a consumer (strict, NodeNext)', () => {
  writeFileSync(
    join(scratch, 'consumer.ts'),
    `import {getArticle, listArticles, type ArticleBySlugQueryResult, type ContentSource} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'
import {toHtml} from '@practice-press/sdk/render'
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
export const open = openDataset
`,
  )
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: []}, files: ['consumer.ts']}),
  )
  expect(run(join(root, 'node_modules/.bin/tsc'), ['-p', scratch], scratch)).toBe('')
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
