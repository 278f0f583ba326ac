import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

/** The export folders that hold asset files. */
export const ASSET_FOLDERS = ['images', 'files'] as const

/** SHA-1 of each file in an export folder's `images/` and `files/`, by file name. */
export async function hashAssetFiles(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const sub of ASSET_FOLDERS) {
    const names = await readdir(join(folder, sub)).catch(() => [] as string[])
    for (const name of names) hashes.set(name, await sha1OfStream(createReadStream(join(folder, sub, name))))
  }
  return hashes
}

/** SHA-1 (hex) of everything a stream yields. */
export async function sha1OfStream(stream: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha1')
  for await (const chunk of stream) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
