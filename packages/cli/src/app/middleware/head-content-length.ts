import type {MiddlewareHandler} from 'hono'

import type {AppEnv} from '../app-env.ts'

/**
 * A `HEAD` carries the headers its `GET` carries (RFC 9110, 9.3.2), `Content-Length`
 * included. Hono answers `HEAD` by running the `GET` handler and dropping its body, and a
 * body's length is only stated when the server sends it, so a handler that did not state
 * it (an image, `/health`, the query API) answered `HEAD` with no length. This states the
 * length of the body the `GET` handler made, on every route, before it is dropped.
 */
export function headContentLength(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    if (c.req.method !== 'HEAD') return
    const response = c.res
    if (response.headers.has('content-length') || response.status === 204 || response.status === 304 || !response.body) return
    const bytes = await response.arrayBuffer()
    const headers = new Headers(response.headers)
    headers.set('content-length', String(bytes.byteLength))
    c.res = undefined
    c.res = new Response(bytes, {status: response.status, statusText: response.statusText, headers})
  }
}
