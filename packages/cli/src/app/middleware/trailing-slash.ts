import type {MiddlewareHandler} from 'hono'

import type {AppEnv} from '../app-env.ts'

/**
 * `/articles/slug/` (and `//`) is a 308 to `/articles/slug`, the canonical address, query
 * kept: every route but the home page is written without a trailing slash (the SDK's
 * routes), and a 404 for the slashed variant sent readers and crawlers to a dead end. The
 * `Location` is a path on this site, so no request's Host reaches it and it cannot point
 * elsewhere.
 */
export function trimTrailingSlash(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url)
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && url.pathname.length > 1 && url.pathname.endsWith('/')) {
      // Leading slashes collapse too: `//evil.example/` must not become `//evil.example`, a
      // protocol-relative address of another site.
      const path = `/${url.pathname.replace(/^\/+|\/+$/g, '')}`
      return c.redirect(`${path}${url.search}`, 308)
    }
    await next()
  }
}
