/**
 * Drafts and scheduled articles: reachable only with the preview secret (a cookie set by
 * `/preview?secret=`); never by any route, feed, sitemap or search without it.
 */
import {afterAll, beforeAll, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const SECRET = 'another-test-preview-secret-42424242'
const FUTURE = {
  _id: 'article-future',
  _type: 'article',
  title: 'A scheduled article',
  slug: {_type: 'slug', current: 'scheduled-article'},
  excerpt: 'Not yet.',
  publishedAt: '2099-01-01T00:00:00Z',
  author: {_type: 'reference', _ref: 'author-sam-rivera'},
}

let served: ServedDataset

beforeAll(async () => {
  served = await serveDataset({previewSecret: SECRET, extraDocuments: [FUTURE]})
})
afterAll(() => served?.close())

const get = (path: string, cookie?: string) => fetch(`${served.origin}${path}`, {headers: cookie ? {cookie} : {}, redirect: 'manual'})

async function previewCookie(): Promise<string> {
  const response = await get(`/preview?secret=${SECRET}`)
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe('/')
  const cookie = response.headers.get('set-cookie')!
  expect(cookie).toMatch(/^practice_press_preview=[0-9a-f]{64}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/)
  expect(cookie).not.toContain(SECRET)
  return cookie.split(';')[0]!
}

it('hides drafts and scheduled articles from every route without the secret', async () => {
  expect((await get('/articles/small-ways-to-show-appreciation')).status).toBe(404)
  expect((await get('/articles/scheduled-article')).status).toBe(404)
  expect(await (await get('/articles/repair-after-an-argument')).text()).toContain('<h1 class="p-name">How to repair after an argument</h1>')
  for (const path of ['/', '/topics/couples', '/authors/sam-rivera', '/search?q=appreciation', '/search?q=scheduled', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml']) {
    const body = await (await get(path)).text()
    expect(body).not.toContain('small-ways-to-show-appreciation')
    expect(body).not.toContain('scheduled-article')
    expect(body).not.toContain('How to repair the connection')
  }
})

it('refuses a wrong secret and sets no cookie', async () => {
  const response = await get('/preview?secret=wrong')
  expect(response.status).toBe(401)
  expect(response.headers.get('set-cookie')).toBeNull()
  expect((await get('/articles/small-ways-to-show-appreciation', 'practice_press_preview=00')).status).toBe(404)
})

it('shows drafts and scheduled articles with the cookie, never cached, and marks the page as a preview', async () => {
  const cookie = await previewCookie()
  const draft = await get('/articles/small-ways-to-show-appreciation', cookie)
  expect(draft.status).toBe(200)
  expect(draft.headers.get('cache-control')).toBe('private, no-store')
  const body = await draft.text()
  expect(body).toContain('<strong>Preview:</strong> drafts and scheduled articles are shown.')
  expect(body).toContain('<meta name="robots" content="noindex, nofollow">')
  expect(await (await get('/articles/repair-after-an-argument', cookie)).text()).toContain('<h1 class="p-name">How to repair the connection after an argument</h1>')
  expect((await get('/articles/scheduled-article', cookie)).status).toBe(200)
  // The published page was not replaced in the cache by the preview.
  expect(await (await get('/articles/repair-after-an-argument')).text()).toContain('<h1 class="p-name">How to repair after an argument</h1>')
  const exit = await get('/preview/exit', cookie)
  expect(exit.headers.get('set-cookie')).toMatch(/^practice_press_preview=; Max-Age=0; Path=\//)
  expect(served.logs.join('\n')).not.toContain(SECRET)
  expect(served.logs.filter((line) => /^GET \/preview 303 \d+ms$/.test(line))).toHaveLength(1)
})

it('holds scheduled articles back from the query API without the secret, documents by id included', async () => {
  const query = (groq: string, token?: string) =>
    fetch(`${served.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(groq)}`, {headers: token ? {authorization: `Bearer ${token}`} : {}}).then(
      async (response) => [response.status, ((await response.json()) as {result?: unknown}).result],
    )
  const scheduled = '*[_type == "article" && dateTime(publishedAt) > dateTime(now())]._id'
  expect(await query(scheduled)).toEqual([200, []])
  expect(await query('*[_id == "article-future"]{title}')).toEqual([200, []])
  expect(await query(scheduled, SECRET)).toEqual([200, ['article-future']])
  const byId = await fetch(`${served.origin}/v2025-02-19/data/doc/production/article-future,topic-couples`)
  expect(byId.status).toBe(200)
  const {documents, omitted} = (await byId.json()) as {documents: {_id: string}[]; omitted: {id: string; reason: string}[]}
  expect([documents.map((document) => document._id), omitted]).toEqual([['topic-couples'], [{id: 'article-future', reason: 'existence'}]])
})
