/**
 * CORS origins as a Sanity project's "CORS origins" take them: `*`, a web origin
 * (`scheme://host[:port]`), or one with a wildcard subdomain (`https://*.example.com`).
 */

const WILDCARD = /^(https?:\/\/)\*\.(.+)$/i

/**
 * Checks CORS origins: each `*`, a web origin (`http(s)://host[:port]`, no path) as a
 * browser sends it in `Origin`, or `http(s)://*.host[:port]`, whose `*.` stands for one or
 * more subdomain labels (`https://*.example.com` allows `https://a.example.com` and
 * `https://a.b.example.com`, not `https://example.com`). Returns them normalised as
 * browsers write them: lower-case scheme and host, no default port, no trailing slash.
 *
 * @throws {TypeError} naming the first origin that is not one.
 */
export function checkCorsOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const trimmed = origin.trim().replace(/\/$/, '')
    if (trimmed === '*') return trimmed
    const wildcard = WILDCARD.exec(trimmed)
    // The wildcard label is checked as a stand-in label; a `*` anywhere else is refused.
    const normalised = wildcard ? normaliseOrigin(`${wildcard[1]}wildcard.${wildcard[2]}`)?.replace('://wildcard.', '://*.') : normaliseOrigin(trimmed)
    if (!normalised || (wildcard ? wildcard[2]! : trimmed).includes('*')) {
      throw new TypeError(
        `corsOrigins: ${JSON.stringify(origin)} is not an origin; give a scheme, host and port only, such as http://localhost:3000, a wildcard subdomain such as https://*.example.com, or *.`,
      )
    }
    return normalised
  })
}

/**
 * Whether a request's `Origin` is one of `origins` (as {@link checkCorsOrigins} returns
 * them), a wildcard subdomain matching one or more labels.
 */
export function createOriginMatcher(origins: readonly string[]): (origin: string) => boolean {
  const exact = new Set(origins.filter((origin) => !origin.includes('*')))
  // `https://*.example.com:8443` → scheme `https://`, suffix `.example.com:8443`.
  const wildcards = origins.flatMap((origin) => {
    const match = /^(https?:\/\/)\*(\..+)$/.exec(origin)
    return match ? [{scheme: match[1]!, suffix: match[2]!}] : []
  })
  return (origin) => {
    const given = origin.toLowerCase()
    if (exact.has(given)) return true
    return wildcards.some(({scheme, suffix}) => {
      if (!given.startsWith(scheme) || !given.endsWith(suffix)) return false
      const labels = given.slice(scheme.length, given.length - suffix.length)
      return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(labels)
    })
  }
}

/** `scheme://host[:port]` as the URL standard serialises it, or `undefined` when `text` is not just an http(s) origin. */
function normaliseOrigin(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined
  // `new URL` adds a `/` path and keeps `?` and `#` left empty: reject text that had more than the origin.
  if (!/^https?:\/\/[^/?#@]+$/i.test(text)) return undefined
  return url.origin
}
