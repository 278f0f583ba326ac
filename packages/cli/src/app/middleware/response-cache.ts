import type {ContentSource} from '@practice-press/sdk'
import type {Context, MiddlewareHandler} from 'hono'

import type {AppEnv} from '../app-env.ts'
import type {ResolvedAppOptions} from '../app-options.ts'
import {etagOf, matchesEtag, notModified} from '../lib/etag.ts'
import {createLru} from '../lib/lru.ts'

interface Kept {
  at: number
  /** Encoded once, so a hit costs no UTF-8 encoding. */
  body: Uint8Array<ArrayBuffer>
  /** A plain object: cheaper to give `new Response` than a `Headers`. */
  headers: Record<string, string>
  etag: string
}

const CACHEABLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json))/

/**
 * Rendered text responses (pages, feeds, stylesheet) are kept per URL and source for
 * `pageCacheMs`, with an ETag, and `If-None-Match` gets a 304. Preview responses are never
 * kept and are marked `private, no-store`. Responses that already carry an ETag (images)
 * only get the 304 check. The ETag is the plain representation's: the Node entry, which
 * compresses, makes the check itself for the representation it sends.
 */
export function responseCache(options: ResolvedAppOptions): MiddlewareHandler<AppEnv> {
  const kept = createLru<Kept>(Math.max(options.pageCacheEntries, 1), 32 * 1024 * 1024)
  let cachedFor: ContentSource | undefined
  return async (c, next) => {
    const method = c.req.method
    if (method !== 'GET' && method !== 'HEAD') return next()
    const preview = c.get('preview')
    const source = options.currentSource()
    if (source !== cachedFor) {
      kept.clear()
      cachedFor = source
    }
    // Path and query: the Host changes no response (see siteBaseUrl), except a served origin in local development.
    const key = `${c.get('localOrigin') ?? ''}${pathAndQuery(c.req.url)}`
    const hit = !preview && options.pageCacheEntries > 0 ? kept.get(key) : undefined
    if (hit && Date.now() - hit.at < options.pageCacheMs) {
      replace(c, fresh(c.req.header('if-none-match'), hit))
      return
    }
    await next()
    const response = c.res
    const type = response.headers.get('content-type') ?? ''
    if (preview) response.headers.set('cache-control', 'private, no-store')
    if (response.status !== 200) return
    // The query API and health say no-store: never kept, never given an ETag by this cache.
    if (/no-store|private/.test(response.headers.get('cache-control') ?? '')) return
    const ownEtag = response.headers.get('etag')
    if (ownEtag) {
      if (matchesEtag(c.req.header('if-none-match'), ownEtag)) replace(c, notModified(response.headers))
      return
    }
    if (!CACHEABLE.test(type)) return
    const body = new Uint8Array(await response.arrayBuffer())
    const etag = await etagOf(body)
    // Vary: the Node entry compresses text by Accept-Encoding (and edge hosts do).
    const entry: Kept = {at: Date.now(), body, headers: {...Object.fromEntries(response.headers), vary: 'Accept-Encoding', etag, 'content-length': String(body.length)}, etag}
    if (!preview && options.pageCacheEntries > 0) kept.set(key, entry, body.length + 200)
    replace(c, fresh(c.req.header('if-none-match'), entry))
  }
}

/** Sets the response as it is (Hono's setter would merge the previous response's headers into it). */
function replace(c: Context<AppEnv>, response: Response): void {
  c.res = undefined as never
  c.res = response
}

function fresh(ifNoneMatch: string | undefined, entry: Kept): Response {
  if (matchesEtag(ifNoneMatch, entry.etag)) return notModified(new Headers(entry.headers))
  return new Response(entry.body, {status: 200, headers: entry.headers})
}

/** The path and query of an absolute URL (`/a?b`), without parsing all of it. */
function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2)
  return start === -1 ? '/' : url.slice(start)
}
