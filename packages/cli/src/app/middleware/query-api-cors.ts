import type {MiddlewareHandler} from 'hono'
import {cors} from 'hono/cors'

import type {AppEnv} from '../app-env.ts'
import {createOriginMatcher} from '../lib/cors-origins.ts'

/**
 * CORS for Sanity's query API, as a Sanity project's "CORS origins" allow it: a browser
 * page on one of `origins` (say a frontend on `http://localhost:3000`, or any subdomain
 * for `https://*.example.com`) may query and fetch documents, with a bearer token for
 * drafts (`Authorization` is an allowed header; no cookies, so no credentials mode). Other
 * origins get no CORS header, so the browser keeps the answer from them. Pages, feeds and
 * images are not CORS resources. Hono's `cors`; `origins` as `checkCorsOrigins` returns them.
 */
export function queryApiCors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = createOriginMatcher(origins)
  return cors({
    origin: origins.includes('*') ? '*' : (origin) => (allowed(origin) ? origin : null),
    // The query API answers GET and POST; HEAD gets 405 there, so it is not offered.
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  })
}
