import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

import {toNodeListener} from '@practice-press/sdk/node'

/** A web-standard handler served on 127.0.0.1, on a free port, until `close()`. */
export interface ServedHandler {
  origin: string
  /** Every request's method and URL (path and query), in order. */
  requests: {method: string; url: string; authorization: string | undefined}[]
  close(): Promise<void>
}

/** Serves `(Request) => Response` on 127.0.0.1 for a test, through the SDK's Node adapter. */
export async function serveHandler(handler: (request: Request) => Promise<Response> | Response): Promise<ServedHandler> {
  const requests: ServedHandler['requests'] = []
  const server: Server = createServer(
    toNodeListener((request) => {
      const url = new URL(request.url)
      requests.push({method: request.method, url: url.pathname + url.search, authorization: request.headers.get('authorization') ?? undefined})
      return handler(request)
    }),
  )
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/**
 * Settings for `@sanity/client` (`createClient`) and `createSanitySource` pointed at a
 * query handler served here: the API at `apiHost` (no project hostname, no CDN), dataset
 * `production`, with `token` when given.
 */
export function localApi(apiHost: string, token?: string) {
  return {projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', apiHost, useProjectHostname: false, useCdn: false, ...(token ? {token} : {})}
}
