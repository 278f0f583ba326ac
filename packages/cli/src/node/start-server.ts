import type {AddressInfo} from 'node:net'
import {networkInterfaces} from 'node:os'

import {createAdaptorServer} from '@hono/node-server'

import {createApp} from '../app/create-app.ts'
import {createCompressor} from './compress-response.ts'
import {createImageService} from './image-service.ts'
import {ASSET_BASE_URL, describeLoadError, loadDataset, type LoadedDataset} from './load-dataset.ts'
import {DatasetOpenError, ListenError} from './server-errors.ts'
import {watchDataset, type DatasetWatch} from './watch-dataset.ts'
import {createWorkerQueryRunner} from './worker-query-runner.ts'

/** Options for {@link startServer}. */
export interface StartServerOptions {
  /** An export folder, a `data.ndjson` or an export `.tar.gz`. */
  dataset: string
  host: string
  /** 0 for any free port. */
  port: number
  /** The site's public address, over the practice settings' (see the app's `baseUrl`). */
  baseUrl?: string
  /** Local development: pages asked at this server's own address link to it (the app's `requestOrigin`). Default `false`. */
  requestOrigin?: boolean
  /** Unlocks drafts (cookie from `/preview?secret=`, bearer token on the query API). */
  previewSecret?: string
  /** Receives the access log and messages about reloads. */
  log: (line: string) => void
  /** Receives unexpected errors (500s). */
  onError?: (error: unknown) => void
  /** The query API's evaluation time limit. Default 5,000 ms. */
  queryTimeoutMs?: number
  /** The longest query accepted. Default 10,000 characters. */
  maxQueryLength?: number
  /** Origins whose browser pages may call the query API (CORS), e.g. `http://localhost:3000`. Default none. */
  corsOrigins?: readonly string[]
  /** Where resized images are kept across restarts; none when undefined. */
  imageCacheDir?: string
  /** Reload when the dataset on disk changes. Default `true`. */
  watch?: boolean
}

/** A server that is listening. */
export interface RunningServer {
  /** `http://host:port` (no trailing slash). */
  origin: string
  /** Reads the dataset again; keeps the last good one (and logs why) when the new one is broken. */
  reload(): Promise<boolean>
  /** Stops listening, ends open connections, stops the watcher and the query workers. */
  close(): Promise<void>
}

/**
 * Serves the delivery app on Node over a dataset on disk: pages, images resized by sharp,
 * the query API in worker threads with a time limit, brotli and gzip; reloads the dataset
 * when it changes. Throws a {@link DatasetOpenError} when the dataset cannot be read or a {@link ListenError} when the
 * port cannot be listened on (exit 4); nothing is left running then.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  let current: LoadedDataset = await loadDataset(options.dataset)
  const runner = createWorkerQueryRunner({
    dataset: 'production',
    previewToken: options.previewSecret,
    assetBaseUrl: ASSET_BASE_URL,
    ...(options.queryTimeoutMs === undefined ? {} : {timeoutMs: options.queryTimeoutMs}),
  })
  runner.load(current.documents)
  // Known once the server listens (port 0 is any free port).
  let servedOrigins: readonly string[] = []
  const app = createApp({
    source: () => current.source,
    ...(options.baseUrl ? {baseUrl: options.baseUrl} : {}),
    servedOrigins: () => servedOrigins,
    ...(options.requestOrigin ? {requestOrigin: true} : {}),
    ...(options.previewSecret ? {previewSecret: options.previewSecret} : {}),
    ...(options.maxQueryLength === undefined ? {} : {maxQueryLength: options.maxQueryLength}),
    ...(options.corsOrigins ? {corsOrigins: options.corsOrigins} : {}),
    ...(options.onError ? {onError: options.onError} : {}),
    images: createImageService({files: () => current.files, ...(options.imageCacheDir ? {diskCacheDir: options.imageCacheDir} : {})}),
    queryApi: (request) => runner.handle(request),
    log: options.log,
  })
  const server = createAdaptorServer({fetch: createCompressor((request) => app.fetch(request)), hostname: options.host, port: options.port})
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await runner.close()
    throw listenError(error as NodeJS.ErrnoException, options)
  }
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 5000

  const reload = async (): Promise<boolean> => {
    try {
      const next = await loadDataset(options.dataset)
      current = next
      runner.load(next.documents)
      options.log(`Reloaded ${options.dataset}: ${next.documents.length} documents.`)
      return true
    } catch (error) {
      const message = error instanceof DatasetOpenError && error.cause ? describeLoadError(options.dataset, error.cause) : String(error)
      options.log(`Kept the last good dataset. ${message}`)
      return false
    }
  }
  // A change on disk: the transactions another process appended to the store's journal are
  // applied by event (an import shows within the debounce, without reading the folder
  // again); a rewritten export (a compaction, an edit by hand) or an archive is read again.
  const catchUp = async (): Promise<boolean> => {
    try {
      const {transactions, reloaded} = await current.store.refresh()
      if (transactions === 0 && !reloaded) return false
      const {source} = current.store
      current = {...current, source, documents: source.documents}
      runner.load(current.documents)
      options.log(`Reloaded ${options.dataset}: ${current.documents.length} documents${reloaded ? '' : ` (${transactions} new transaction${transactions === 1 ? '' : 's'} from the store's journal)`}.`)
      return true
    } catch {
      return reload()
    }
  }
  let watcher: DatasetWatch | undefined
  if (options.watch !== false) watcher = await watchDataset(options.dataset, () => void (/\.(tar\.gz|tgz)$/i.test(options.dataset) ? reload() : catchUp()))

  const address = server.address() as AddressInfo
  servedOrigins = originsOf(address)
  return {
    origin: servedOrigins[0]!,
    reload,
    async close() {
      watcher?.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      await runner.close()
    },
  }
}

function listenError(error: NodeJS.ErrnoException, options: StartServerOptions): ListenError {
  const where = `${options.host}:${options.port}`
  if (error.code === 'EADDRINUSE') return new ListenError(`cannot listen on ${where}: the port is in use. Stop the other server or choose another port with --port.`, error.code, {cause: error})
  if (error.code === 'EACCES') return new ListenError(`cannot listen on ${where}: not allowed (ports below 1024 need privileges). Choose another port with --port.`, error.code, {cause: error})
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new ListenError(`cannot listen on ${where}: no such address on this machine. Check --host.`, error.code, {cause: error})
  return new ListenError(`cannot listen on ${where}: ${error.message}`, error.code, {cause: error})
}

/**
 * The origins a listening address answers on: its own first (`http://127.0.0.1:3333`), then
 * `localhost` for a loopback address, and every interface's address for `0.0.0.0` / `::`.
 */
export function originsOf(address: AddressInfo): string[] {
  const origins = [`http://${asHost(address.address, address.family)}:${address.port}`]
  const loopback = address.address === '127.0.0.1' || address.address === '::1'
  const any = address.address === '0.0.0.0' || address.address === '::'
  if (loopback || any) origins.push(`http://localhost:${address.port}`)
  if (any) {
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) origins.push(`http://${asHost(entry.address, String(entry.family))}:${address.port}`)
    }
  }
  return [...new Set(origins)]
}

/** An IP address as a URL's host (IPv6 in brackets). */
function asHost(ip: string, family: string): string {
  return family === 'IPv6' || family === '6' ? `[${ip}]` : ip
}
