import type {ResolvedAppOptions} from '../app-options.ts'
import type {SiteData} from '../site-data.ts'

/** Where an address comes from when nothing names one: no option, no practice setting, no served origin. */
export const LAST_RESORT_BASE_URL = 'http://localhost'

/**
 * The origin a request may build its absolute URLs from: its own, when the operator asked
 * for that (`requestOrigin`, local development) and the server answers on it (one of
 * `servedOrigins`); `undefined` otherwise. A Host header the server does not serve is
 * never returned, so it never reaches a canonical link, a feed or a cache key.
 */
export function localOrigin(options: ResolvedAppOptions, url: string): string | undefined {
  if (!options.requestOrigin) return undefined
  const origin = originOf(url)
  return options.currentServedOrigins().includes(origin) ? origin : undefined
}

/**
 * The site's address for one request, without a trailing slash, in this order: the
 * `baseUrl` option (the operator's), the request's own origin when {@link localOrigin}
 * allows it, the practice settings' "Website address" (`practice.baseUrl`), the first
 * served origin, `http://localhost`. Read lazily: only pages and feeds need the settings.
 */
export function siteBaseUrl(options: ResolvedAppOptions, local: string | undefined, site: () => Promise<SiteData>): () => Promise<string> {
  if (options.baseUrl) return constant(options.baseUrl)
  if (local) return constant(local)
  let kept: Promise<string> | undefined
  return () =>
    (kept ??= site().then(({practice}) => {
      const own = practice?.baseUrl
      if (typeof own === 'string' && isWebAddress(own)) return own.replace(/\/+$/, '')
      return options.currentServedOrigins()[0] ?? LAST_RESORT_BASE_URL
    }))
}

function constant(value: string): () => Promise<string> {
  const promise = Promise.resolve(value)
  return () => promise
}

function isWebAddress(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
}

/** `http://host:port` of an absolute URL, without parsing all of it (this runs on every request). */
function originOf(url: string): string {
  const end = url.indexOf('/', url.indexOf('//') + 2)
  return end === -1 ? url : url.slice(0, end)
}
