/**
 * A tiny static file server for a built folder (e.g. studio/dist), for browser tests.
 *
 * Listens on 127.0.0.1 on a free port. Unknown paths that do not look like files get
 * index.html (single-page app fallback, so /structure/article reaches the Studio); a
 * missing asset (a path with an extension) is a plain 404, so a broken build is visible.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, resolve, sep} from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:43123`, without a trailing slash. */
  url: string
  port: number
  /** Every path requested so far, in order (for assertions and debugging). */
  requests: string[]
  close(): Promise<void>
}

/** Serves `root` on 127.0.0.1; call `close()` when done. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root)
  const requests: string[] = []

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(pathname)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end()
      return
    }
    let file: string | undefined
    try {
      const candidate = resolve(join(base, decodeURIComponent(pathname)))
      if (candidate === base || candidate.startsWith(base + sep)) {
        const info = await stat(candidate).catch(() => undefined)
        if (info?.isFile()) file = candidate
        else if (info?.isDirectory()) {
          const index = join(candidate, 'index.html')
          if ((await stat(index).catch(() => undefined))?.isFile()) file = index
        }
      }
    } catch {
      // A malformed escape (%zz): treated as not found.
    }
    if (!file && extname(pathname) === '') file = join(base, 'index.html')
    if (!file) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n')
      return
    }
    const info = await stat(file)
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    createReadStream(file).pipe(response)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
      response.end(`${String(error)}\n`)
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done())
  })
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}
