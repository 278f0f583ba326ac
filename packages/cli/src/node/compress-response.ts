import {promisify} from 'node:util'
import {brotliCompress, constants, gzip} from 'node:zlib'

import {matchesEtag, notModified} from '../app/lib/etag.ts'
import {createLru} from '../app/lib/lru.ts'
import {preferredEncoding, type ContentCoding} from './accept-encoding.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|feed\+json|ld\+json)|image\/svg\+xml)/
const MIN_BYTES = 1024

/** A fetch handler: the app's, or the compressing one around it. */
export type FetchHandler = (request: Request) => Response | Promise<Response>

/**
 * Brotli or gzip for text responses from `fetch` (the app), on Node (Hono's compress
 * middleware uses the web's CompressionStream, which has no brotli; workerd's hosts
 * compress at the edge). A response with an ETag is compressed once per encoding and kept
 * (up to 32 MB).
 *
 * A compressed response is another representation, with its own ETag: the app's gains
 * `-br` or `-gzip`. So `If-None-Match` is checked here, against the ETag of the
 * representation this request gets, and the 304 carries that ETag (RFC 9110, 13.1.2 and
 * 15.4.5): a `-br` ETag is not fresh for a request that gets gzip or plain bytes. A
 * request that takes no compression is left to the app's own check of its plain ETag.
 *
 * A `HEAD` gets the headers its `GET` gets (RFC 9110, 9.3.2), `Content-Length` included:
 * for a page or a 404 page it is answered from the `GET` response, whose bytes a `GET` of
 * the same ETag then finds kept.
 */
export function createCompressor(fetch: FetchHandler): (request: Request) => Promise<Response> {
  const kept = createLru<Uint8Array>(2000, 32 * 1024 * 1024)

  /** The body as it is sent for `encoding`, and its headers. */
  async function represent(encoding: ContentCoding, response: Response): Promise<{body: Uint8Array<ArrayBuffer>; headers: Headers}> {
    const etag = response.headers.get('etag')
    const key = etag ? `${encoding}:${etag}` : undefined
    let bytes = key ? kept.get(key) : undefined
    if (bytes) {
      await response.body?.cancel()
    } else {
      const plain = new Uint8Array(await response.arrayBuffer())
      if (plain.length < MIN_BYTES) {
        const headers = new Headers(response.headers)
        headers.set('content-length', String(plain.length))
        return {body: plain, headers}
      }
      bytes = new Uint8Array(
        encoding === 'br'
          ? await brotli(plain, {params: {[constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length}})
          : await gzipAsync(plain, {level: 6}),
      )
      if (key) kept.set(key, bytes, bytes.length)
    }
    const headers = encodedHeaders(response.headers, encoding)
    headers.set('content-length', String(bytes.length))
    return {body: bytes as Uint8Array<ArrayBuffer>, headers}
  }

  return async (request) => {
    // A client that takes no compression gets the app's answer untouched. Otherwise only the
    // status and headers are read until we compress: touching `body` would turn
    // @hono/node-server's light response into a stream, and cost a timer tick.
    const encoding = preferredEncoding(request.headers.get('accept-encoding'))
    if (!encoding) return fetch(request)
    const head = request.method === 'HEAD'
    const ifNoneMatch = head || request.method === 'GET' ? request.headers.get('if-none-match') : null
    // The app would compare If-None-Match with its plain ETag: here it is compared with the sent one.
    const asked = ifNoneMatch === null ? request : copyRequest(request, request.method)
    let response = await fetch(asked)
    if (response.status === 204 || response.status === 304 || response.headers.has('content-encoding') || !COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) {
      return ifNoneMatch === null ? response : conditional(ifNoneMatch, response)
    }
    const length = response.headers.get('content-length')
    const plainLength = length === null ? undefined : Number(length)
    // With the plain length known (the page cache states it), the ETag is known before compressing.
    if (ifNoneMatch !== null && response.status === 200 && plainLength !== undefined && plainLength >= MIN_BYTES) {
      const headers = encodedHeaders(response.headers, encoding)
      if (matchesEtag(ifNoneMatch, headers.get('etag') ?? '')) {
        await response.body?.cancel()
        return notModified(headers)
      }
    }
    if (head) {
      // Hono answers HEAD with GET's headers and no body; the compressed length needs the body.
      if ((response.status !== 200 && response.status !== 404) || (plainLength !== undefined && plainLength < MIN_BYTES)) {
        return ifNoneMatch === null ? response : conditional(ifNoneMatch, response)
      }
      const get = await fetch(copyRequest(asked, 'GET'))
      if (get.status !== response.status) {
        await get.body?.cancel()
        return response
      }
      response = get
    }
    const {body, headers} = await represent(encoding, response)
    const etag = headers.get('etag')
    if (ifNoneMatch !== null && response.status === 200 && etag && matchesEtag(ifNoneMatch, etag)) return notModified(headers)
    return new Response(head ? null : body, {status: response.status, headers})
  }
}

/** The headers of the `encoding` representation: `Content-Encoding`, `Vary`, the ETag's suffix, no plain length. */
function encodedHeaders(plain: Headers, encoding: ContentCoding): Headers {
  const headers = new Headers(plain)
  if (!/accept-encoding/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Accept-Encoding')
  headers.set('content-encoding', encoding)
  headers.delete('content-length')
  const etag = plain.get('etag')
  if (etag) headers.set('etag', etag.replace(/"$/, `-${encoding}"`))
  return headers
}

/** The app's response, or its 304 when `If-None-Match` names its ETag. */
async function conditional(ifNoneMatch: string, response: Response): Promise<Response> {
  const etag = response.headers.get('etag')
  if (response.status !== 200 || !etag || !matchesEtag(ifNoneMatch, etag)) return response
  await response.body?.cancel()
  return notModified(response.headers)
}

/** `request` as `method`, without `If-None-Match` (GET and HEAD carry no body). */
function copyRequest(request: Request, method: string): Request {
  const headers = new Headers(request.headers)
  headers.delete('if-none-match')
  return new Request(request.url, {method, headers, signal: request.signal})
}
