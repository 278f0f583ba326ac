import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

/** A web-standard handler served on 127.0.0.1, on a free port, until `close()`. */
export interface ServedHandler {
  origin: string
  /** Every request's method and URL (path and query), in order. */
  requests: {method: string; url: string; authorization: string | undefined}[]
  close(): Promise<void>
}

/** Serves `(Request) => Response` over node:http on 127.0.0.1 for a test. */
export async function serveHandler(handler: (request: Request) => Promise<Response> | Response): Promise<ServedHandler> {
  const requests: ServedHandler['requests'] = []
  const server: Server = createServer(async (incoming, outgoing) => {
    requests.push({method: incoming.method ?? 'GET', url: incoming.url ?? '/', authorization: incoming.headers.authorization})
    const response = await handler(await toRequest(incoming))
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
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

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(key, value)
  }
  return new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
    method: incoming.method,
    headers,
    ...(body && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? {body} : {}),
  })
}
