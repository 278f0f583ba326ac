/**
 * A relative URL resolved against the site's address (WHATWG URL rules, the base read
 * as a folder: `https://www.example.com/blog` + `a` gives `.../blog/a`), so HTML meant for
 * a feed or another site carries no relative `href` or `src`. A URL with a scheme
 * (`https:`, `mailto:`), a fragment alone (`#part`), or any URL when `baseUrl` is not
 * given, comes back unchanged; so does one the URL parser refuses.
 *
 * @example
 * ```ts
 * absoluteUrl('/images/a.jpg?w=320', 'https://www.example.com') // 'https://www.example.com/images/a.jpg?w=320'
 * ```
 */
export function absoluteUrl(url: string, baseUrl: string | undefined): string {
  if (!baseUrl || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  try {
    return new URL(url, baseUrl.replace(/\/*$/, '/')).href
  } catch {
    return url
  }
}
