/** The server's feeds, sitemap and robots.txt: the SDK's syndication, wired to routes. */
import {afterAll, beforeAll, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

let served: ServedDataset

beforeAll(async () => {
  served = await serveDataset({
    baseUrl: 'https://www.talkwithlia.example',
    extraDocuments: [{_id: 'article-future', _type: 'article', title: 'Not yet', slug: {_type: 'slug', current: 'not-yet'}, publishedAt: '2099-01-01T00:00:00Z', author: {_type: 'reference', _ref: 'author-sam-rivera'}}],
  })
})
afterAll(() => served?.close())

const get = (path: string) => fetch(`${served.origin}${path}`, {headers: {'accept-encoding': 'identity'}})

it.each([
  ['/rss.xml', 'application/rss+xml; charset=utf-8', '<rss '],
  ['/atom.xml', 'application/atom+xml; charset=utf-8', '<feed xmlns="http://www.w3.org/2005/Atom"'],
  ['/feed.json', 'application/feed+json; charset=utf-8', '{"version":"https://jsonfeed.org/version/1.1"'],
  ['/topics/couples/rss.xml', 'application/rss+xml; charset=utf-8', '<rss '],
  ['/authors/sam-rivera/atom.xml', 'application/atom+xml; charset=utf-8', '<feed xmlns="http://www.w3.org/2005/Atom"'],
  ['/sitemap.xml', 'application/xml; charset=utf-8', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'],
])('%s is served as %s, with an ETag, and holds no draft or scheduled article', async (path, type, start) => {
  const response = await get(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(type)
  expect(response.headers.get('cache-control')).toBe('public, max-age=300')
  expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
  const body = await response.text()
  expect(body.replace(/\s+/g, ' ')).toContain(start.replace(/\s+/g, ' '))
  expect(body).toContain('https://www.talkwithlia.example/articles/')
  expect(body).not.toContain('small-ways-to-show-appreciation')
  expect(body).not.toContain('How to repair the connection after an argument')
  expect(body).not.toContain('not-yet')
  // The plain ETag is fresh for the plain representation (a compressed one has its own ETag).
  expect((await fetch(`${served.origin}${path}`, {headers: {'accept-encoding': 'identity', 'if-none-match': response.headers.get('etag')!}})).status).toBe(304)
})

it('answers 404 for the feed of a topic or author that does not exist', async () => {
  expect((await get('/topics/no-such-topic/rss.xml')).status).toBe(404)
  expect((await get('/authors/nobody/feed.json')).status).toBe(404)
})

it('disallows every crawler while the practice says sampleContent', async () => {
  const response = await get('/robots.txt')
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
  expect(await response.text()).toContain('Disallow: /')
})
