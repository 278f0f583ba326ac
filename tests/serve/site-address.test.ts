/**
 * Which address every absolute URL of `serve` starts with. Before, it was the request's
 * Host: one article had three GUIDs over https, http and 127.0.0.1, and `Host:
 * evil.example` was written into canonicals and feed links (and kept in the page cache).
 * Now: `--base-url`, else the practice settings' website address, else the server's own
 * address; the request's origin only with `requestOrigin` (local development), and only an
 * origin the server answers on.
 */
import {request as httpRequest} from 'node:http'

import {createApp} from '@practice-press/cli/app'
import {createDatasetSource, type DatasetDocument} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'
import {repoPath} from '../support/shared.ts'

const PRACTICE_ADDRESS = 'https://www.talkwithlia.example'
const ARTICLE = '/articles/when-to-try-couples-therapy'
/** The page without the links the data holds as written (the sample author's booking link is on the practice's domain): what is left was built from the site's address. */
const withoutEnteredLinks = (body: string) => body.replaceAll('href="https://www.talkwithlia.example/book"', '')

let example: DatasetDocument[]
beforeAll(async () => {
  example = await readExport(repoPath('content'))
})

function appOver(documents: DatasetDocument[], options: Omit<Parameters<typeof createApp>[0], 'source'> = {}) {
  return createApp({source: createDatasetSource(documents), ...options})
}

/** The origin of every absolute http(s) URL in a body. */
const origins = (body: string) => new Set([...body.matchAll(/https?:\/\/[a-z0-9.:[\]-]+/gi)].map((match) => match[0]))
/** The other origins the example content and the formats name: vocabularies and the articles' outbound links. */
const ELSEWHERE = [
  'https://schema.org',
  'http://www.w3.org',
  'http://purl.org',
  'https://www.rssboard.org',
  'https://jsonfeed.org',
  'http://www.sitemaps.org',
  'http://www.google.com',
  'https://www.openstreetmap.org',
  'https://www.bbs.ca.gov',
  'https://medium.example',
  'https://www.consumerfinance.gov',
]

const OUTPUTS = [ARTICLE, '/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/authors/lia-huynh', '/locations/milpitas']

describe('without --base-url: the practice settings’ website address', () => {
  it.each(['https://www.talkwithlia.example', 'http://www.talkwithlia.example', 'http://127.0.0.1:3333', 'http://evil.example', 'http://localhost:8080'])(
    'asked at %s, every page, feed and sitemap names the practice’s address alone',
    async (origin) => {
      const app = appOver(example)
      for (const path of OUTPUTS) {
        const found = [...origins(await (await app.request(`${origin}${path}`)).text())]
        // robots.txt disallows everything while the content is sample content: no URL there.
        expect({path, named: path === '/robots.txt' || found.includes(PRACTICE_ADDRESS)}).toEqual({path, named: true})
        expect({path, others: found.filter((other) => other !== PRACTICE_ADDRESS && !ELSEWHERE.includes(other))}).toEqual({path, others: []})
      }
    },
  )

  it('an article has one GUID whatever scheme or host the feed is asked at', async () => {
    const app = appOver(example)
    const guids = new Set<string>()
    for (const origin of ['https://www.talkwithlia.example', 'http://www.talkwithlia.example', 'http://127.0.0.1:3333']) {
      const rss = await (await app.request(`${origin}/rss.xml`)).text()
      guids.add(/<guid[^>]*>([^<]*when-to-try-couples-therapy)<\/guid>/.exec(rss)?.[1] ?? 'none')
    }
    expect([...guids]).toEqual([`${PRACTICE_ADDRESS}${ARTICLE}`])
  })

  it('a Host the server does not serve is not kept in the page cache for the next reader', async () => {
    const app = appOver(example)
    const poisoned = await (await app.request(`http://evil.example${ARTICLE}`)).text()
    const next = await app.request(`http://127.0.0.1:3333${ARTICLE}`)
    const body = await next.text()
    expect(body).toBe(poisoned)
    expect(body).not.toContain('evil.example')
    expect(body).toContain(`<link rel="canonical" href="${PRACTICE_ADDRESS}${ARTICLE}">`)
  })

  it('a practice with no website address yet: the first served origin, never the Host', async () => {
    const documents = example.map((document) => (document._id === 'practice' ? {...document, baseUrl: undefined} : document))
    const app = appOver(documents, {servedOrigins: ['http://127.0.0.1:3333', 'http://localhost:3333']})
    const body = await (await app.request(`http://evil.example${ARTICLE}`)).text()
    expect(body).toContain(`<link rel="canonical" href="http://127.0.0.1:3333${ARTICLE}">`)
    expect(body).not.toContain('evil.example')
  })

  it('the baseUrl option wins over the practice settings', async () => {
    const app = appOver(example, {baseUrl: 'https://staging.example/'})
    const body = await (await app.request(`http://127.0.0.1${ARTICLE}`)).text()
    expect(body).toContain(`<link rel="canonical" href="https://staging.example${ARTICLE}">`)
    expect(withoutEnteredLinks(body)).not.toContain(PRACTICE_ADDRESS)
  })
})

describe('requestOrigin (local development)', () => {
  const servedOrigins = ['http://127.0.0.1:3333', 'http://localhost:3333']

  it('a page asked at a served origin links to that origin; the page cache keeps one copy per origin', async () => {
    const app = appOver(example, {servedOrigins, requestOrigin: true})
    for (const origin of [...servedOrigins, servedOrigins[0]!]) {
      const body = await (await app.request(`${origin}${ARTICLE}`)).text()
      expect(body).toContain(`<link rel="canonical" href="${origin}${ARTICLE}">`)
      expect(withoutEnteredLinks(body)).not.toContain(PRACTICE_ADDRESS)
    }
  })

  it('any other Host gets the practice’s address', async () => {
    const app = appOver(example, {servedOrigins, requestOrigin: true})
    const body = await (await app.request(`http://evil.example:3333${ARTICLE}`)).text()
    expect(body).toContain(`<link rel="canonical" href="${PRACTICE_ADDRESS}${ARTICLE}">`)
    expect(body).not.toContain('evil.example')
  })

  it('is refused without servedOrigins, and with baseUrl', () => {
    expect(() => appOver(example, {requestOrigin: true})).toThrow(/requestOrigin needs servedOrigins/)
    expect(() => appOver(example, {requestOrigin: true, servedOrigins, baseUrl: 'https://x.example'})).toThrow(/cannot go together/)
    expect(() => appOver(example, {servedOrigins: ['http://127.0.0.1:3333/path']})).toThrow(/servedOrigins must be a list of origins/)
  })
})

/** GET with the Host header as given (fetch does not let a test set it). */
function getWithHost(origin: string, path: string, host: string): Promise<string> {
  const {hostname, port} = new URL(origin)
  return new Promise((resolve, reject) => {
    const request = httpRequest({hostname, port, path, headers: {host, 'accept-encoding': 'identity'}}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve(body))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('the Node server, with a raw Host header', () => {
  let plain: ServedDataset
  let local: ServedDataset
  beforeAll(async () => {
    plain = await serveDataset({watch: false})
    local = await serveDataset({watch: false, requestOrigin: true})
  })
  afterAll(async () => {
    await plain?.close()
    await local?.close()
  })

  it('Host: evil.example reaches no canonical, feed link or JSON-LD', async () => {
    for (const path of [ARTICLE, '/rss.xml', '/feed.json', '/sitemap.xml']) {
      const body = await getWithHost(plain.origin, path, 'evil.example')
      expect({path, evil: body.includes('evil.example'), practice: body.includes(PRACTICE_ADDRESS)}).toEqual({path, evil: false, practice: true})
    }
  })

  it('serve --request-origin: localhost and 127.0.0.1 at its port link to themselves; another Host does not', async () => {
    const port = new URL(local.origin).port
    expect(await getWithHost(local.origin, ARTICLE, `localhost:${port}`)).toContain(`<link rel="canonical" href="http://localhost:${port}${ARTICLE}">`)
    expect(await getWithHost(local.origin, ARTICLE, `127.0.0.1:${port}`)).toContain(`<link rel="canonical" href="http://127.0.0.1:${port}${ARTICLE}">`)
    const other = await getWithHost(local.origin, ARTICLE, 'evil.example')
    expect(other).toContain(`<link rel="canonical" href="${PRACTICE_ADDRESS}${ARTICLE}">`)
    expect(other).not.toContain('evil.example')
  })
})
