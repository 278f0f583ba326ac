import {promisify} from 'node:util'
import {brotliCompress, constants, gzip} from 'node:zlib'

import {createLru} from '../app/lib/lru.ts'
import {preferredEncoding} from './accept-encoding.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|feed\+json|ld\+json)|image\/svg\+xml)/
const MIN_BYTES = 1024

/**
 * Brotli or gzip for text responses, on Node (Hono's compress middleware uses the web's
 * CompressionStream, which has no brotli; workerd's hosts compress at the edge). A
 * response with an ETag is compressed once per encoding and kept (up to 32 MB): the ETag
 * gains `-br` or `-gzip`, which the app's `If-None-Match` check ignores. A `HEAD` gets the
 * headers its `GET` gets (RFC 9110, 9.3.2): the same `Content-Encoding`, `Vary` and ETag,
 * decided from the plain length the app states (`Content-Length`).
 */
export function createCompressor(): (request: Request, response: Response) => Promise<Response> {
  const kept = createLru<Uint8Array>(2000, 32 * 1024 * 1024)
  return async (request, response) => {
    // A client that takes no compression gets the response untouched. Otherwise only the
    // status and headers are read until we compress: touching `body` would turn
    // @hono/node-server's light response into a stream, and cost a timer tick.
    const encoding = preferredEncoding(request.headers.get('accept-encoding'))
    if (!encoding || response.status === 204 || response.status === 304) return response
    const type = response.headers.get('content-type') ?? ''
    if (response.headers.has('content-encoding') || !COMPRESSIBLE.test(type)) return response
    const headers = new Headers(response.headers)
    if (!/accept-encoding/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Accept-Encoding')
    const etag = response.headers.get('etag')
    if (request.method === 'HEAD') {
      const length = Number(response.headers.get('content-length') ?? 0)
      if (length < MIN_BYTES) return response
      headers.set('content-encoding', encoding)
      headers.delete('content-length')
      if (etag) headers.set('etag', etag.replace(/"$/, `-${encoding}"`))
      return new Response(null, {status: response.status, headers})
    }
    const key = etag ? `${encoding}:${etag}` : undefined
    let bytes = key ? kept.get(key) : undefined
    if (!bytes) {
      const plain = new Uint8Array(await response.arrayBuffer())
      if (plain.length < MIN_BYTES) return new Response(plain as Uint8Array<ArrayBuffer>, {status: response.status, headers: response.headers})
      bytes = new Uint8Array(
        encoding === 'br'
          ? await brotli(plain, {params: {[constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length}})
          : await gzipAsync(plain, {level: 6}),
      )
      if (key) kept.set(key, bytes, bytes.length)
    } else {
      await response.body?.cancel()
    }
    headers.set('content-encoding', encoding)
    headers.delete('content-length')
    if (etag) headers.set('etag', etag.replace(/"$/, `-${encoding}"`))
    return new Response(bytes as Uint8Array<ArrayBuffer>, {status: response.status, headers})
  }
}
