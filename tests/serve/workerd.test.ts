/**
 * The same app in workerd (Cloudflare's runtime, through the miniflare package): bundled
 * with esbuild, over the example dataset passed in as data, it serves a page and a feed.
 */
import {readExport} from '@practice-press/sdk/node'
import {build} from 'esbuild'
import {Miniflare} from 'miniflare'
import {afterAll, beforeAll, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

let worker: Miniflare | undefined

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [repoPath('tests/serve/fixtures/worker-entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@practice-press/source', 'workerd', 'worker', 'browser'],
    logLevel: 'silent',
  })
  const documents = await readExport(repoPath('content'), {assetBaseUrl: '/images'})
  worker = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-09-01',
    bindings: {DOCUMENTS: documents, BASE_URL: 'https://www.talkwithlia.example'},
  })
  await worker.ready
}, 120_000)
afterAll(() => worker?.dispose())

it('serves an article page from workerd', async () => {
  const response = await worker!.dispatchFetch('http://localhost/articles/weekly-check-in-ritual')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8')
  expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
  const body = await response.text()
  expect(body).toContain('<h1 class="p-name">A weekly check-in ritual for couples</h1>')
  expect(body).toContain('<link rel="canonical" href="https://www.talkwithlia.example/articles/weekly-check-in-ritual">')
})

it('serves the RSS feed from workerd', async () => {
  const response = await worker!.dispatchFetch('http://localhost/rss.xml')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  const body = await response.text()
  expect(body).toContain('<link>https://www.talkwithlia.example/articles/weekly-check-in-ritual</link>')
  expect(body).not.toContain('small-ways-to-show-appreciation')
})

it('answers 404 for images there (no image service on the edge: the Sanity source’s CDN serves them)', async () => {
  const response = await worker!.dispatchFetch('http://localhost/images/c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg')
  expect(response.status).toBe(404)
  await response.arrayBuffer()
})
