/**
 * Starts `practice-press serve`'s server in the test process over a copy of the example
 * dataset (in a temporary folder, so a test may edit it), on 127.0.0.1 and a free port.
 */
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {startServer, type RunningServer, type StartServerOptions} from '@practice-press/cli'

import {repoPath} from './shared.ts'

/** A server over a dataset copy. */
export interface ServedDataset {
  origin: string
  /** The copy's folder (data.ndjson, assets.json, images/). */
  dir: string
  /** Every line the server logged. */
  logs: string[]
  server: RunningServer
  close(): Promise<void>
}

/** Options: documents to add to the copy, and any of the server's options. */
export interface ServeDatasetOptions extends Partial<Omit<StartServerOptions, 'dataset' | 'log'>> {
  extraDocuments?: Record<string, unknown>[]
  /** Files to add to the copy before it is served, by path inside it (e.g. `images/{sha1}-200x150.png`). */
  extraFiles?: Record<string, Uint8Array>
}

/** Copies content/ (plus `extraDocuments`) and serves it. */
export async function serveDataset(options: ServeDatasetOptions = {}): Promise<ServedDataset> {
  const dir = await mkdtemp(join(tmpdir(), 'practice-press-serve-'))
  await cp(repoPath('content'), dir, {recursive: true})
  if (options.extraDocuments?.length) {
    const data = await readFile(join(dir, 'data.ndjson'), 'utf8')
    await writeFile(join(dir, 'data.ndjson'), data + options.extraDocuments.map((document) => JSON.stringify(document)).join('\n') + '\n')
  }
  for (const [path, bytes] of Object.entries(options.extraFiles ?? {})) await writeFile(join(dir, path), bytes)
  const logs: string[] = []
  const {extraDocuments: _extra, extraFiles: _files, ...serverOptions} = options
  const server = await startServer({host: '127.0.0.1', port: 0, imageCacheDir: join(dir, '.image-cache'), ...serverOptions, dataset: dir, log: (line) => logs.push(line)})
  return {
    origin: server.origin,
    dir,
    logs,
    server,
    async close() {
      await server.close()
      await rm(dir, {recursive: true, force: true})
    },
  }
}
