import {createReadStream} from 'node:fs'
import {pipeline} from 'node:stream/promises'
import {StringDecoder} from 'node:string_decoder'

import {Parser, type ReadEntry} from 'tar'

import {collectDocuments, type CollectedDocuments} from '../sources/dataset/collect-documents.ts'
import {DatasetLoadError} from '../sources/dataset/dataset-problem.ts'
import {ASSET_FOLDERS, sha1OfStream} from './hash-asset-files.ts'
import {streamLines} from './stream-lines.ts'

/** What an export archive holds, read in one streaming pass. */
export interface ArchiveContents {
  collected: CollectedDocuments
  assetsJson: string | undefined
  /** `archive.tar.gz:folder/data.ndjson`, for problem reports. */
  dataFile: string
  /** SHA-1 of each asset file's bytes, by file name. */
  fileHashes: Map<string, string>
}

/**
 * Reads the `.tar.gz` that `sanity dataset export` writes, streaming: `data.ndjson` is
 * parsed line by line as it is unpacked, never held whole; images are skipped.
 */
export async function readExportArchive(path: string): Promise<ArchiveContents> {
  let collected: Promise<CollectedDocuments> | undefined
  let assetsJson: Promise<string> | undefined
  let dataFile = `${path}:data.ndjson`
  const hashing: Promise<void>[] = []
  const fileHashes = new Map<string, string>()
  const parser = new Parser({
    noResume: true,
    onReadEntry: (entry: ReadEntry) => {
      const inside = entry.path.split('/').slice(1).join('/')
      if (inside === 'data.ndjson' && !collected) {
        dataFile = `${path}:${entry.path}`
        collected = collectDocuments(streamLines(entry), dataFile)
      } else if (inside === 'assets.json' && !assetsJson) {
        assetsJson = text(entry)
      } else if (ASSET_FOLDERS.some((folder) => inside.startsWith(`${folder}/`)) && entry.type === 'File') {
        const name = inside.slice(inside.indexOf('/') + 1)
        hashing.push(sha1OfStream(entry).then((hash) => void fileHashes.set(name, hash)))
      } else {
        entry.resume()
      }
    },
  })
  try {
    await pipeline(createReadStream(path), parser)
  } catch (error) {
    throw new DatasetLoadError([{file: path, message: `cannot unpack the archive (${(error as Error).message}); is it a .tar.gz from "sanity dataset export"?`}])
  }
  if (!collected) throw new DatasetLoadError([{file: path, message: 'the archive has no data.ndjson in its top folder.'}])
  await Promise.all(hashing)
  return {collected: await collected, assetsJson: await assetsJson, dataFile, fileHashes}
}

async function text(entry: ReadEntry): Promise<string> {
  const decoder = new StringDecoder('utf8')
  let out = ''
  for await (const chunk of entry) out += decoder.write(chunk as Buffer)
  return out + decoder.end()
}
