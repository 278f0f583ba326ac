/**
 * `practice-press serve` over the example dataset, as HTTP clients see it: every page and
 * its status, the security headers, ETag and 304, HEAD, brotli and gzip, no path traversal,
 * the access log.
 */
import {brotliDecompressSync, gunzipSync} from 'node:zlib'

import {CONTENT_SECURITY_POLICY} from '@practice-press/cli/app'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

let served: ServedDataset

beforeAll(async () => {
  served = await serveDataset()
})
afterAll(() => served?.close())

// fetch asks for gzip by itself: plain bytes unless a test asks otherwise.
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${served.origin}${path}`, {headers: {'accept-encoding': 'identity', ...headers}, method})

describe('pages', () => {
  it.each([
    ['/', 200, '<title>Talk with Lia</title>'],
    ['/articles/when-to-try-couples-therapy', 200, '<title>When to try couples therapy: signs and first steps | Talk with Lia</title>'],
    ['/topics/couples', 200, '<title>Couples · Talk with Lia</title>'],
    ['/authors/sam-rivera', 200, '<title>Sam Rivera (sample author) · Talk with Lia</title>'],
    ['/authors/lia-huynh', 200, '<title>Lia Huynh · Talk with Lia</title>'],
    ['/locations/milpitas', 200, '<title>Milpitas office · Talk with Lia</title>'],
    ['/search?q=money', 200, '<title>Search: money · Talk with Lia</title>'],
    ['/articles/no-such-article', 404, '<title>Page not found · Talk with Lia</title>'],
    ['/no/such/page', 404, '<title>Page not found · Talk with Lia</title>'],
    ['/?after=not-a-cursor', 404, '<title>Page not found · Talk with Lia</title>'],
  ])('%s answers %i with its title', async (path, status, title) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    const body = await response.text()
    expect(body).toContain(title)
    expect(body).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(body).toContain('<strong>Sample content.</strong>')
    // The practice settings' website address, not the address the test server listens on.
    expect(body).toContain(`<link rel="alternate" type="application/rss+xml" title="Talk with Lia (RSS)" href="https://www.talkwithlia.example/rss.xml">`)
  })

  it('pages the home page with the SDK’s cursor', async () => {
    const first = await (await get('/')).text()
    const next = /<a href="(\/\?after=[^"]+)" rel="next">/.exec(first)
    // Six articles fit on one page of nine: no next link.
    expect(next).toBeNull()
    expect(first.match(/<li class="card">/g)).toHaveLength(6)
  })

  it('shows the article with its parts', async () => {
    const body = await (await get('/articles/managing-conflict-over-money')).text()
    expect(body).toContain('<link rel="canonical" href="https://medium.example/')
    expect(body).toContain('<meta property="og:type" content="article">')
    expect(body).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting"')
    expect(body).toMatch(/By <a class="p-author h-card" href="\/authors\/sam-rivera" rel="author">Sam Rivera \(sample author\)<\/a>, LMFT/)
    expect(body).toMatch(/<span>\d+ min read<\/span>/)
    expect(body).toContain('<nav class="toc toc-aside" aria-labelledby="toc-heading">')
    expect(body).toContain('<p class="callout-label" id="insurance-note">About fees and insurance</p>')
    expect(body).toContain('<aside role="note" class="callout callout-crisis">')
    expect(body).toMatch(/<img src="\/images\/[0-9a-f]{40}-1600x900\.jpg\?w=1280" srcset="[^"]*640w, [^"]*1280w, [^"]*1600w"/)
  })

  it('leaves out the insurance note where the article does not speak of fees', async () => {
    const body = await (await get('/articles/listening-so-your-partner-feels-heard')).text()
    expect(body).not.toContain('About fees and insurance')
  })

  it('shows an office’s address, map link and notes, and leaves out what is not known', async () => {
    const body = await (await get('/locations/san-jose')).text()
    expect(body).toContain('<address class="p-adr h-adr"><span class="p-street-address">100 Example Street, Suite 200</span><br><span class="p-locality">San Jose</span>, <span class="p-region">CA</span> <span class="p-postal-code">95113</span></address>')
    expect(body).toContain('href="https://www.openstreetmap.org/?mlat=37.3382&amp;mlon=-121.8863#map=15/37.3382/-121.8863"')
    expect(body).toContain('<h2>Accessibility</h2>')
    expect(body).toContain('<h2>Parking and transit</h2>')
    // The real practice's hours, telehealth and intake are unknown: nothing is claimed.
    expect(body).not.toContain('<th scope="row">Tuesday</th>')
    expect(body).not.toContain('Video sessions')
    expect(body).not.toContain('Accepting new clients')
  })

  it('shows an office’s hours, telehealth and intake when the office has them', async () => {
    // A made-up office (not one of the practice's), with every field filled in.
    const office = {
      _id: 'location-sample-office',
      _type: 'location',
      name: 'Sample office',
      slug: {_type: 'slug', current: 'sample-office'},
      address: {_type: 'address', street: '1 Sample Way', city: 'Sampleton', state: 'CA', postalCode: '95000', country: 'US'},
      openingHours: [{_key: 'a1b2c3d4e5f6', _type: 'openingHours', day: 'Tuesday', opens: '10:00', closes: '18:00'}],
      telehealth: true,
      telehealthRegions: ['California'],
      acceptingNewClients: true,
    }
    const sample = await serveDataset({extraDocuments: [office]})
    try {
      const body = await (await fetch(`${sample.origin}/locations/sample-office`)).text()
      expect(body).toContain('<tr><th scope="row">Tuesday</th><td>10:00–18:00</td></tr>')
      expect(body).toContain('Video sessions available for clients in California.')
      expect(body).toContain('<span class="badge">Accepting new clients</span>')
    } finally {
      await sample.close()
    }
  })

  it('escapes the search words', async () => {
    const body = await (await get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text()
    expect(body).toContain('No articles match “&lt;script&gt;alert(1)&lt;/script&gt;”.')
    expect(body).not.toContain('<script>alert(1)')
  })
})

describe('HTTP', () => {
  it('sends the security headers on every response', async () => {
    for (const path of ['/', '/nope', '/health', '/assets/site.css']) {
      const response = await get(path)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('chooses Cache-Control per route', async () => {
    expect((await get('/')).headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect((await get('/health')).headers.get('cache-control')).toBe('no-store')
    expect((await get('/assets/site.css')).headers.get('cache-control')).toBe('public, max-age=3600')
    expect((await get('/v2025-02-19/data/query/production?query=1')).headers.get('cache-control')).toBe('no-store')
  })

  it('answers If-None-Match with 304 and the ETag the 200 has, per encoding (RFC 9110, 15.4.5)', async () => {
    const etags: Record<string, string> = {}
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await get('/', {'accept-encoding': encoding})
      await first.arrayBuffer()
      const etag = first.headers.get('etag')!
      etags[encoding] = etag
      const again = await get('/', {'accept-encoding': encoding, 'if-none-match': etag})
      expect([encoding, again.status, again.headers.get('etag'), again.headers.get('vary'), again.headers.get('cache-control')]).toEqual([
        encoding,
        304,
        etag,
        'Accept-Encoding',
        first.headers.get('cache-control'),
      ])
      expect(await again.text()).toBe('')
      // Weak comparison, as RFC 9110 allows for If-None-Match; a list is searched.
      expect((await get('/', {'accept-encoding': encoding, 'if-none-match': `"other", W/${etag}`})).status).toBe(304)
    }
    expect(etags.identity).toMatch(/^"[0-9a-f]{40}"$/)
    expect(etags.br).toBe(etags.identity!.replace(/"$/, '-br"'))
    expect(etags.gzip).toBe(etags.identity!.replace(/"$/, '-gzip"'))
    // A client holding another encoding's copy gets the representation it asks for now.
    for (const [encoding, held] of [['gzip', 'br'], ['identity', 'br'], ['br', 'gzip'], ['br', 'identity'], ['identity', 'gzip']] as const) {
      const response = await get('/', {'accept-encoding': encoding, 'if-none-match': etags[held]!})
      await response.arrayBuffer()
      expect([encoding, held, response.status, response.headers.get('etag')]).toEqual([encoding, held, 200, etags[encoding]])
    }
  })

  it('keeps the plain ETag for a response too small to compress, and answers it with 304', async () => {
    const first = await get('/robots.txt', {'accept-encoding': 'br'})
    await first.arrayBuffer()
    expect(first.headers.get('content-encoding')).toBeNull()
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
    const again = await get('/robots.txt', {'accept-encoding': 'br', 'if-none-match': etag})
    expect([again.status, again.headers.get('etag')]).toEqual([304, etag])
  })

  it('compresses with brotli or gzip as the client asks', async () => {
    const plain = await (await get('/')).text()
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await fetch(`${served.origin}/`, {headers: {'accept-encoding': encoding}})
      expect(response.headers.get('content-encoding')).toBe(encoding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      // fetch decodes the body itself; check the bytes on the wire with node:http instead.
      const raw = await rawBody(`${served.origin}/`, encoding)
      expect(decode(raw).toString('utf8')).toBe(plain)
      await response.arrayBuffer()
    }
  })

  it('honours the qualities in Accept-Encoding: q=0 refuses a coding', async () => {
    const codings = {
      'br;q=0': undefined,
      'gzip;q=0, br;q=0': undefined,
      'br;q=0, gzip': 'gzip',
      'gzip, deflate, br': 'br',
      '*': 'br',
      '*;q=0, gzip': 'gzip',
      'BR;Q=0.5': 'br',
      identity: undefined,
    }
    for (const [accept, expected] of Object.entries(codings)) {
      const response = await fetch(`${served.origin}/rss.xml`, {headers: {'accept-encoding': accept}})
      expect([accept, response.headers.get('content-encoding') ?? undefined]).toEqual([accept, expected])
      await response.arrayBuffer()
    }
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/articles/weekly-check-in-ritual', {}, 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
    expect(await response.text()).toBe('')
  })

  it('answers HEAD with the headers GET gets, compressed or not, found or not (RFC 9110)', async () => {
    for (const [path, encoding] of [
      ['/articles/weekly-check-in-ritual', 'br'],
      ['/rss.xml', 'gzip'],
      ['/', 'identity'],
      ['/robots.txt', 'br'],
      ['/no/such/page', 'br'],
      ['/no/such/page', 'gzip'],
      ['/no/such/page', 'identity'],
    ]) {
      const head = await get(path!, {'accept-encoding': encoding!}, 'HEAD')
      const full = await get(path!, {'accept-encoding': encoding!})
      await full.arrayBuffer()
      expect([path, encoding, head.status]).toEqual([path, encoding, full.status])
      for (const name of ['etag', 'content-encoding', 'vary', 'content-type', 'cache-control', 'content-length']) {
        expect([path, encoding, name, head.headers.get(name)]).toEqual([path, encoding, name, full.headers.get(name)])
      }
      expect(await head.text()).toBe('')
      expect([path, encoding, full.headers.get('content-length')]).toEqual([path, encoding, expect.stringMatching(/^[1-9]\d*$/)])
    }
  })

  it('never serves files by path', async () => {
    for (const path of ['/images/..%2f..%2fpackage.json', '/images/%2e%2e%2fdata.ndjson', '/assets/..%2fdata.ndjson', '/images/data.ndjson']) {
      const response = await get(path)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('_type')
    }
  })

  it('answers /health', async () => {
    const response = await get('/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({status: 'ok'})
  })

  it('logs one line per request: method, path, status, milliseconds, never the query string', async () => {
    await get('/search?q=secret-words')
    expect(served.logs.some((line) => /^GET \/search 200 \d+ms$/.test(line))).toBe(true)
    expect(served.logs.join('\n')).not.toContain('secret-words')
  })
})

async function rawBody(url: string, encoding: string): Promise<Buffer> {
  const {request} = await import('node:http')
  return new Promise((resolve, reject) => {
    request(url, {headers: {'accept-encoding': encoding}}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve(Buffer.concat(chunks)))
    })
      .on('error', reject)
      .end()
  })
}
