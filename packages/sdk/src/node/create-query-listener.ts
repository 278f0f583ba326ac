import type {IncomingMessage, ServerResponse} from 'node:http'
import type {Http2ServerRequest, Http2ServerResponse} from 'node:http2'

import {getRequestListener} from '@hono/node-server'

import {checkPreviewToken, createQueryHandler, type QueryHandlerOptions} from '../server/create-query-handler.ts'
import {assertSource, type ContentSource} from '../sources/content-source.ts'

/** A Node request listener, for `http.createServer`, `https.createServer` or `http2`. */
export type NodeRequestListener = (
  incoming: IncomingMessage | Http2ServerRequest,
  outgoing: ServerResponse | Http2ServerResponse,
) => Promise<void>

/**
 * Any web-standard handler (`(Request) => Response`) as a Node request listener, built on
 * `@hono/node-server`'s `getRequestListener`: every request's method, URL, headers (so a
 * preview token arrives) and body (so `@sanity/client`'s `POST` for long queries arrives)
 * are forwarded, and the response is streamed back. Node's global `Request` and `Response`
 * are left as they are.
 */
export function toNodeListener(handler: (request: Request) => Response | Promise<Response>): NodeRequestListener {
  return getRequestListener(handler, {overrideGlobalObjects: false})
}

/**
 * {@link createQueryHandler} as a Node request listener (see {@link toNodeListener}): Sanity's
 * query API over any source, on Node's HTTP server.
 *
 * @example
 * ```ts
 * import {createServer} from 'node:http'
 * import {createQueryListener, openDataset} from '@practice-press/sdk/node'
 *
 * const server = createServer(createQueryListener(await openDataset('content'), {previewToken: process.env.PREVIEW_TOKEN}))
 * server.listen(3333, '127.0.0.1')
 * ```
 *
 * @throws {OptionError} when `source` is not a ContentSource, or `options.previewToken` is neither undefined nor a string of at least 16 characters.
 */
export function createQueryListener(source: ContentSource, options: QueryHandlerOptions = {}): NodeRequestListener {
  assertSource(source, 'createQueryListener')
  checkPreviewToken(options.previewToken, 'createQueryListener')
  return toNodeListener(createQueryHandler(source, options))
}
