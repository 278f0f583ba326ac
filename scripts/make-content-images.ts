/**
 * Draws the example dataset's pictures (flat SVG illustrations rendered with sharp),
 * writes them to `content/images/<sha1>-<w>x<h>.<ext>`, rewrites `content/assets.json`,
 * removes image files no longer drawn, and prints the `_sanityAsset` pointer of each
 * picture for `content/data.ndjson`. Deterministic: a rerun writes the same bytes.
 *
 * @example
 * pnpm exec node scripts/make-content-images.ts
 */
import {existsSync} from 'node:fs'
import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

import {ASSETS_FILE, DATA_FILE, IMAGES_DIR} from './lib/content-paths.ts'
import {type AssetEntry, renderImage} from './lib/image-asset.ts'
import {IMAGE_SPECS} from './lib/image-specs.ts'
import {toSortedJson} from './lib/sorted-json.ts'

const IMAGE_FILE = /^[0-9a-f]{40}-\d+x\d+\.(jpg|png)$/

await mkdir(IMAGES_DIR, {recursive: true})
const assets: Record<string, AssetEntry> = {}
const written = new Set<string>()
let total = 0
for (const spec of IMAGE_SPECS) {
  const image = await renderImage(spec)
  await writeFile(join(IMAGES_DIR, image.fileName), image.bytes)
  assets[image.assetKey] = image.entry
  written.add(image.fileName)
  total += image.bytes.length
  console.log(`${spec.name.padEnd(26)} ${String(image.bytes.length).padStart(7)} B  ${image.pointer}`)
}
for (const file of await readdir(IMAGES_DIR)) {
  if (IMAGE_FILE.test(file) && !written.has(file)) {
    await rm(join(IMAGES_DIR, file))
    console.log(`removed stale ${file}`)
  }
}
await writeFile(ASSETS_FILE, `${toSortedJson(assets)}\n`)
console.log(`${written.size} images, ${total} bytes`)

if (existsSync(DATA_FILE)) {
  const pointers = (await readFile(DATA_FILE, 'utf8')).matchAll(/image@file:\/\/\.\/images\/([^"]+)/g)
  const missing = [...new Set([...pointers].map((match) => match[1]))].filter((file) => file && !written.has(file))
  for (const file of missing) console.warn(`data.ndjson points at ${file}, which was not drawn: update the pointer`)
  if (missing.length > 0) process.exitCode = 1
}
