/**
 * CORS on the query API, as a Sanity project's CORS origins allow it: a frontend on an
 * allowed origin queries from the browser (with a bearer token for drafts); any other
 * origin's page cannot read the answer; pages and feeds are never CORS resources.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {launchChromium, type LaunchedChromium} from '../support/chromium.ts'
import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const SECRET = 'a-test-preview-secret-0123456789'
const QUERY = '/v2025-02-19/data/query/production?query=count(*%5B_type%20%3D%3D%20%22article%22%5D)'

interface Frontend {
  origin: string
  server: Server
  /** The API the page queries (known once the API server, which needs this origin, is up). */
  api: string
}

/** A page server standing in for a developer's frontend: its one page queries the API from the browser. */
async function frontend(): Promise<Frontend> {
  const end: Frontend = {origin: '', server: createServer(), api: ''}
  end.server.on('request', (_request, response) => {
    const page = `<!doctype html><title>waiting</title><script>
fetch(${JSON.stringify(end.api + QUERY + '&perspective=drafts')}, {headers: {Authorization: 'Bearer ${SECRET}'}})
  .then((response) => response.json())
  .then((body) => { document.title = 'drafts: ' + body.result })
  .catch((error) => { document.title = 'blocked: ' + error.name })
</script>`
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
  })
  await new Promise<void>((resolve) => end.server.listen(0, '127.0.0.1', resolve))
  end.origin = `http://127.0.0.1:${(end.server.address() as AddressInfo).port}`
  return end
}

describe('with corsOrigins', () => {
  let allowed: Frontend
  let other: Frontend
  let served: ServedDataset
  let browser: LaunchedChromium

  beforeAll(async () => {
    allowed = await frontend()
    other = await frontend()
    served = await serveDataset({previewSecret: SECRET, corsOrigins: [allowed.origin]})
    allowed.api = other.api = served.origin
    browser = await launchChromium({timeoutMs: 20_000})
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await served?.close()
    allowed?.server.close()
    other?.server.close()
  })

  it('answers the preflight for an allowed origin: GET and POST, the Authorization header, for 10 minutes', async () => {
    const response = await fetch(`${served.origin}${QUERY}`, {
      method: 'OPTIONS',
      headers: {origin: allowed.origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization'},
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed.origin)
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS')
    expect(response.headers.get('access-control-max-age')).toBe('600')
  })

  it('names the allowed origin on answers to it, and no other', async () => {
    const yes = await fetch(`${served.origin}${QUERY}`, {headers: {origin: allowed.origin}})
    expect([yes.status, yes.headers.get('access-control-allow-origin')]).toEqual([200, allowed.origin])
    expect(yes.headers.get('vary')).toMatch(/origin/i)
    expect(await yes.json()).toMatchObject({result: 6})
    const no = await fetch(`${served.origin}${QUERY}`, {headers: {origin: other.origin}})
    expect(no.headers.get('access-control-allow-origin')).toBeNull()
    await no.arrayBuffer()
    const documents = await fetch(`${served.origin}/v2025-02-19/data/doc/production/topic-couples`, {headers: {origin: allowed.origin}})
    expect(documents.headers.get('access-control-allow-origin')).toBe(allowed.origin)
    await documents.arrayBuffer()
  })

  it('keeps pages, feeds and images out of CORS', async () => {
    for (const path of ['/', '/rss.xml', '/health']) {
      const response = await fetch(`${served.origin}${path}`, {headers: {origin: allowed.origin}})
      expect([path, response.headers.get('access-control-allow-origin')]).toEqual([path, null])
      await response.arrayBuffer()
    }
  })

  it('in Chromium: the allowed frontend reads drafts with its token; another origin’s page is blocked', async () => {
    await browser.page.goto(`${allowed.origin}/`)
    await browser.page.waitForFunction(() => document.title !== 'waiting')
    expect(await browser.page.title()).toBe('drafts: 7')
    await browser.page.goto(`${other.origin}/`)
    await browser.page.waitForFunction(() => document.title !== 'waiting')
    expect(await browser.page.title()).toBe('blocked: TypeError')
  })
})

describe('with a wildcard subdomain and an upper-case origin, as Sanity’s CORS origins take them', () => {
  let served: ServedDataset
  beforeAll(async () => {
    served = await serveDataset({corsOrigins: ['https://*.example.com', 'HTTP://LOCALHOST:3000/', 'http://*.example.org:8080']})
  })
  afterAll(() => served?.close())

  const allowOrigin = async (origin: string, method = 'GET') => {
    const headers: Record<string, string> = {origin}
    if (method === 'OPTIONS') headers['access-control-request-method'] = 'GET'
    const response = await fetch(`${served.origin}${QUERY}`, {method, headers})
    await response.arrayBuffer()
    return response.headers.get('access-control-allow-origin')
  }

  it('allows one or more subdomain labels for *., on that scheme and port only', async () => {
    for (const origin of ['https://app.example.com', 'https://a.b.example.com', 'http://staging.example.org:8080']) {
      expect([origin, await allowOrigin(origin)]).toEqual([origin, origin])
      expect([origin, await allowOrigin(origin, 'OPTIONS')]).toEqual([origin, origin])
    }
    for (const origin of ['https://example.com', 'http://app.example.com', 'https://app.example.com:8443', 'https://app.notexample.com', 'https://example.com.evil.test', 'http://staging.example.org', 'null']) {
      expect([origin, await allowOrigin(origin)]).toEqual([origin, null])
    }
  })

  it('matches an origin given in capitals (and with a slash) as browsers send it', async () => {
    expect(await allowOrigin('http://localhost:3000')).toBe('http://localhost:3000')
    expect(await allowOrigin('http://localhost:3001')).toBeNull()
  })
})

describe('without corsOrigins (the default)', () => {
  let served: ServedDataset
  beforeAll(async () => {
    served = await serveDataset()
  })
  afterAll(() => served?.close())

  it('sends no CORS header, and a preflight gets none', async () => {
    const response = await fetch(`${served.origin}${QUERY}`, {headers: {origin: 'http://localhost:3000'}})
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    await response.arrayBuffer()
    const preflight = await fetch(`${served.origin}${QUERY}`, {method: 'OPTIONS', headers: {origin: 'http://localhost:3000', 'access-control-request-method': 'GET'}})
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    await preflight.arrayBuffer()
  })
})
