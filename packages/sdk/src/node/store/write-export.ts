import {mkdir, open, rename, rm, stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'

import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {DERIVED_ASSET_FIELDS} from '../../sources/dataset/resolve-export-assets.ts'
import type {AssetFile} from './image-asset.ts'

/** The export files of a set of documents: `data.ndjson` lines and `assets.json`'s object. */
export interface ExportFiles {
  data: string
  /** `undefined` when no document points at an asset file. */
  assets: Record<string, Record<string, unknown>> | undefined
}

const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset'])
// An asset's assets.json entry keeps every field (title, altText, description, creditLine...) but DERIVED_ASSET_FIELDS.

/**
 * Documents in Sanity's export format, the inverse of what `readExport` does: a reference
 * to an asset document that has its file in the export (`path` such as
 * `images/<sha1>-<w>x<h>.<ext>`) becomes a `_sanityAsset` pointer, and that asset becomes
 * an `assets.json` entry (keyed `image-<sha1>`) instead of a line. Other documents,
 * unreferenced assets included, are written as they are, one JSON line each.
 */
export function toExportFiles(documents: Iterable<DatasetDocument>): ExportFiles {
  const all = [...documents]
  const assets = new Map<string, DatasetDocument>()
  for (const document of all) {
    if (ASSET_TYPES.has(document._type) && typeof document.path === 'string' && typeof document.assetId === 'string') assets.set(document._id, document)
  }
  const pointed = new Set<string>()
  const toPointer = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(toPointer)
    if (typeof value !== 'object' || value === null) return value
    // No prototype: a key named "__proto__" is kept as a key.
    const out = Object.create(null) as Record<string, unknown>
    for (const [key, child] of Object.entries(value)) {
      // Only a plain strong reference becomes a pointer: one with _weak (or more) stays as it is.
      const plain = key === 'asset' && child !== null && typeof child === 'object' && Object.keys(child).every((name) => name === '_ref' || name === '_type')
      const ref = plain ? (child as {_ref?: unknown})._ref : undefined
      const asset = typeof ref === 'string' ? assets.get(ref) : undefined
      if (asset) {
        pointed.add(asset._id)
        out._sanityAsset = `${asset._type === 'sanity.imageAsset' ? 'image' : 'file'}@file://./${String(asset.path)}`
      } else out[key] = toPointer(child)
    }
    return out
  }
  const lines: string[] = []
  for (const document of all) {
    if (!assets.has(document._id)) lines.push(JSON.stringify(toPointer(document)))
  }
  const entries: Record<string, Record<string, unknown>> = {}
  for (const document of all) {
    if (!assets.has(document._id)) continue
    if (!pointed.has(document._id)) {
      const {url: _url, ...kept} = document
      lines.push(JSON.stringify(kept))
      continue
    }
    const entry = Object.create(null) as Record<string, unknown>
    for (const [field, value] of Object.entries(document)) if (!DERIVED_ASSET_FIELDS.has(field)) entry[field] = value
    entries[`${document._type === 'sanity.imageAsset' ? 'image' : 'file'}-${String(document.assetId)}`] = entry
  }
  return {data: lines.length > 0 ? `${lines.join('\n')}\n` : '', assets: pointed.size > 0 ? entries : undefined}
}

/** Steps of {@link writeExportFiles}, for fault injection in tests. */
export type ExportWriteStep = 'data-written' | 'assets-written' | 'assets-renamed' | 'data-renamed'

/**
 * Writes `data.ndjson` (and `assets.json`) beside `dataFile` so that a crash at any point
 * leaves either the old file or the new one, never a torn one: each is written to a
 * temporary file, flushed (`fsync`), renamed over the old one, and the folder flushed.
 */
export async function writeExportFiles(dataFile: string, files: ExportFiles, hooks: {afterStep?: (step: ExportWriteStep) => void} = {}): Promise<void> {
  const folder = dirname(dataFile)
  const dataTemp = `${dataFile}.${process.pid}.tmp`
  await writeDurably(dataTemp, files.data)
  hooks.afterStep?.('data-written')
  if (files.assets) {
    const assetsFile = join(folder, 'assets.json')
    const assetsTemp = `${assetsFile}.${process.pid}.tmp`
    await writeDurably(assetsTemp, `${JSON.stringify(files.assets)}\n`)
    hooks.afterStep?.('assets-written')
    await rename(assetsTemp, assetsFile)
    hooks.afterStep?.('assets-renamed')
  }
  await rename(dataTemp, dataFile)
  await syncFolder(folder)
  hooks.afterStep?.('data-renamed')
}

/**
 * Writes asset files into an export folder (`images/<name>`), each to a temporary file,
 * flushed, renamed into place, the folder flushed; a file of that name already there is
 * kept (asset file names are content hashes). Resolves to the paths it added.
 */
export async function writeAssetFiles(folder: string, files: readonly AssetFile[]): Promise<string[]> {
  const added: string[] = []
  try {
    for (const file of files) {
      const target = join(folder, file.folder, file.name)
      if (await stat(target).then(() => true, () => false)) continue
      await mkdir(join(folder, file.folder), {recursive: true})
      const temporary = `${target}.${process.pid}.tmp`
      await writeDurably(temporary, file.bytes)
      await rename(temporary, target)
      added.push(target)
    }
    if (added.length > 0) await syncFolder(join(folder, 'images'))
  } catch (error) {
    await Promise.all(added.map((path) => rm(path, {force: true})))
    throw error
  }
  return added
}

async function writeDurably(file: string, text: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flushes a folder's entries, so a rename survives a power cut (a no-op where folders cannot be opened). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined)
  if (!handle) return
  try {
    await handle.sync()
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    await handle.close()
  }
}
