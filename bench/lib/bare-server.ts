/**
 * The baseline for serve.bench.ts: a bare node:http server answering every request with
 * the same pre-rendered 20 KB HTML page. Prints `listening <port>` on 127.0.0.1.
 */
import {createServer} from 'node:http'

const row = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>\n'
const page = Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body>${row.repeat(Math.ceil(20_000 / row.length))}</body></html>`)

const server = createServer((_request, response) => {
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-length': page.length})
  response.end(page)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0} ${page.length}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
