import type {MiddlewareHandler} from 'hono'
import {cors} from 'hono/cors'

import type {AppEnv} from '../app-env.ts'

/**
 * CORS for Sanity's query API, as a Sanity project's "CORS origins" allow it: a browser
 * page on one of `origins` (say a frontend on `http://localhost:3000`) may query and fetch
 * documents, with a bearer token for drafts (`Authorization` is an allowed header; no
 * cookies, so no credentials mode). Other origins get no CORS header, so the browser keeps
 * the answer from them. Pages, feeds and images are not CORS resources. Hono's `cors`.
 */
export function queryApiCors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  })
}
