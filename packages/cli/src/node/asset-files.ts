import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {pipeline} from 'node:stream/promises'

import {Parser, type ReadEntry} from 'tar'

/** Reads an image file of a dataset by its served name (`{sha1}-{w}x{h}.{ext}`). */
export interface AssetFiles {
  read(name: string): Promise<Buffer | undefined>
}

const MAX_ARCHIVE_IMAGES_BYTES = 512 * 1024 * 1024

/**
 * The image files beside a dataset: `images/` of an export folder or of the folder holding a
 * bare `data.ndjson` (read on demand), or the `images/` entries of an export `.tar.gz`
 * (kept in memory, up to 512 MB). Names are checked by the caller: only `{sha1}-{w}x{h}.{ext}`.
 */
export async function openAssetFiles(datasetPath: string): Promise<AssetFiles> {
  if (/\.(tar\.gz|tgz)$/i.test(datasetPath)) return fromArchive(datasetPath)
  const info = await stat(datasetPath)
  const folder = join(info.isDirectory() ? datasetPath : dirname(datasetPath), 'images')
  return {
    read: (name) => readFile(join(folder, name)).catch(() => undefined),
  }
}

async function fromArchive(path: string): Promise<AssetFiles> {
  const files = new Map<string, Buffer>()
  let total = 0
  const reading: Promise<void>[] = []
  const parser = new Parser({
    noResume: true,
    onReadEntry: (entry: ReadEntry) => {
      const inside = entry.path.split('/').slice(1)
      if (inside.length === 2 && inside[0] === 'images' && entry.type === 'File' && total + (entry.size ?? 0) <= MAX_ARCHIVE_IMAGES_BYTES) {
        total += entry.size ?? 0
        reading.push(collect(entry).then((bytes) => void files.set(inside[1] ?? '', bytes)))
      } else {
        entry.resume()
      }
    },
  })
  await pipeline(createReadStream(path), parser)
  await Promise.all(reading)
  return {read: async (name) => files.get(name)}
}

async function collect(entry: ReadEntry): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of entry) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
