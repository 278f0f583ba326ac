/**
 * `HEAD` carries every header its `GET` carries (RFC 9110, 9.3.2), `Content-Length`
 * included, on every route: pages, feeds, images (original and resized), `/health`, the
 * stylesheet, the 404 page; with and without compression. The query API refuses `HEAD`
 * (405, as its CORS preflight says), with its length stated too.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const HERO = 'c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg'

let served: ServedDataset
beforeAll(async () => {
  served = await serveDataset({watch: false})
})
afterAll(() => served?.close())

const paths = [
  '/',
  '/articles/repair-after-an-argument',
  '/locations/san-jose',
  '/rss.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/health',
  '/assets/site.css',
  `/images/${HERO}`,
  `/images/${HERO}?w=320`,
  `/images/${HERO}?w=99999`,
  '/no-such-page',
]

/** The headers a client sees, without the ones that change per response. */
async function headers(path: string, method: string, encoding: string) {
  const response = await fetch(`${served.origin}${path}`, {method, headers: {'accept-encoding': encoding}})
  const body = Buffer.from(await response.arrayBuffer())
  const seen = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date' && name !== 'keep-alive' && name !== 'connection'))
  return {status: response.status, headers: seen, body}
}

describe.each(['identity', 'br, gzip'])('Accept-Encoding: %s', (encoding) => {
  it.each(paths)('HEAD %s: the same status and headers as GET, Content-Length included, no body', async (path) => {
    const get = await headers(path, 'GET', encoding)
    const head = await headers(path, 'HEAD', encoding)
    // fetch decompresses: the stated length is the sent bytes', which is the body's only without compression.
    expect(get.headers['content-length']).toMatch(/^\d+$/)
    expect(encoding !== 'identity' || get.headers['content-length'] === String(get.body.length)).toBe(true)
    expect([head.status, head.headers, head.body.length]).toEqual([get.status, get.headers, 0])
  })
})

it('HEAD on the query API is a 405 that names GET and POST, with its length stated', async () => {
  const head = await headers('/v2025-02-19/data/query/production?query=count(*)', 'HEAD', 'identity')
  expect([head.status, head.headers.allow, head.headers['content-length'], head.body.length]).toEqual([405, 'GET, POST', '76', 0])
})
