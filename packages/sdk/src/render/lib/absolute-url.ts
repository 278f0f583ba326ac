/**
 * A relative URL resolved against the site's address (WHATWG URL rules, the base read
 * as a folder: `https://www.example.com/blog` + `a` gives `.../blog/a`), so HTML meant for
 * a feed or another site carries no relative `href` or `src`. With `pageUrl`, the absolute
 * URL of the page the content belongs to, a URL relative to that page (`#part`, a link to
 * a heading; `?q=1`, `./x`, `x`) is resolved against it, as a browser on the page would;
 * a fragment alone stays as it is without one (right on that page itself). A URL
 * with a scheme (`https:`, `mailto:`), or any URL when `baseUrl` is not given, comes back
 * unchanged; so does one the URL parser refuses.
 *
 * @example
 * ```ts
 * absoluteUrl('/images/a.jpg?w=320', 'https://www.example.com') // 'https://www.example.com/images/a.jpg?w=320'
 * absoluteUrl('#how', 'https://www.example.com', 'https://www.example.com/articles/a') // 'https://www.example.com/articles/a#how'
 * ```
 */
export function absoluteUrl(url: string, baseUrl: string | undefined, pageUrl?: string): string {
  if (url.startsWith('#')) return pageUrl ? `${pageUrl.replace(/#.*$/s, '')}${url}` : url
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  if (pageUrl && !url.startsWith('/') && !url.startsWith('\\')) {
    try {
      return new URL(url, pageUrl).href
    } catch {
      return url
    }
  }
  if (!baseUrl) return url
  try {
    return new URL(url, baseUrl.replace(/\/*$/, '/')).href
  } catch {
    return url
  }
}
