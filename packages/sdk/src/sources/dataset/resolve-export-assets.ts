import {assetDocumentId, assetsJsonKey, mimeTypeFor, parseAssetPointer, type AssetPointer} from './asset-pointer.ts'
import type {DatasetProblem} from './dataset-problem.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'
import {OptionError} from '../../vocabulary/option-error.ts'

/** One entry of an export's `assets.json`, as `sanity dataset export` writes it. */
export interface ExportAssetEntry {
  _createdAt?: string
  _updatedAt?: string
  _rev?: string
  originalFilename?: string
  sha1hash?: string
  size?: number
  uploadId?: string
  metadata?: Record<string, unknown>
  /** Any other field the asset document had (title, altText, description, creditLine...), kept as it is. */
  [field: string]: unknown
}

/**
 * Fields of an asset document that come from its file name and place, never from
 * `assets.json` (`@sanity/export`'s AssetHandler leaves out the same ones): read here,
 * left out by the store's export writer.
 */
export const DERIVED_ASSET_FIELDS: ReadonlySet<string> = new Set(['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'url'])

/** `assets.json`: entries keyed by `image-<sha1>` or `file-<sha1>`. */
export type ExportAssets = Record<string, ExportAssetEntry>

/** Options for {@link resolveExportAssets}. */
export interface ResolveExportAssetsOptions {
  /** Where the images are served; asset `url`s start with it. Default `/images`. */
  assetBaseUrl?: string | undefined
  /** Where files are served. Default `/files`. */
  fileBaseUrl?: string | undefined
  /** The data file's name, for problem reports. Default `data.ndjson`. */
  file?: string | undefined
  /**
   * SHA-1 of each asset file's bytes, by file name. Sanity names an uploaded asset by the
   * hash of its bytes, and `assets.json` is keyed by it; an export's file name can carry
   * another hash (seen for SVGs), so the bytes decide when they are known.
   */
  fileHashes?: ReadonlyMap<string, string> | undefined
  /**
   * When known, the only documents that hold `_sanityAsset` pointers (see
   * `collectDocuments`); the others are passed through untouched, without a walk.
   */
  withAssets?: ReadonlySet<DatasetDocument> | undefined
}

/** Documents with their asset pointers turned into references, and the asset documents. */
export interface ResolvedExport {
  documents: DatasetDocument[]
  assets: DatasetDocument[]
  /** Where each asset's file is inside the export (`images/<name>`), by asset id. */
  files: Map<string, string>
  problems: DatasetProblem[]
}

/**
 * Does what `sanity dataset import` does to an export: every `_sanityAsset` pointer becomes
 * an asset reference, and every asset a document points at becomes a `sanity.imageAsset`
 * (or `sanity.fileAsset`) document built from its `assets.json` entry, with a `url` under
 * `assetBaseUrl`. An asset with no entry gets the metadata its file name tells (Sanity
 * would compute the rest on upload). The input documents are not changed.
 */
export function resolveExportAssets(
  documents: readonly DatasetDocument[],
  exportAssets: ExportAssets,
  options: ResolveExportAssetsOptions = {},
): ResolvedExport {
  const assetBaseUrl = trimSlash(options.assetBaseUrl ?? '/images')
  const fileBaseUrl = trimSlash(options.fileBaseUrl ?? '/files')
  const file = options.file ?? 'data.ndjson'
  const pointers = new Map<string, AssetPointer>()
  const problems: DatasetProblem[] = []

  const resolved = documents.map((document) => {
    if (options.withAssets && !options.withAssets.has(document)) return document
    const replace = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(replace)
      if (typeof value !== 'object' || value === null) return value
      const record = value as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(record)) {
        if (key !== '_sanityAsset') {
          out[key] = replace(child)
          continue
        }
        const parsed = typeof child === 'string' ? parseAssetPointer(child) : undefined
        const hash = parsed ? options.fileHashes?.get(parsed.fileName) : undefined
        const pointer = parsed && hash ? {...parsed, sha1: hash} : parsed
        if (!pointer) {
          problems.push({file, documentId: document._id, message: `cannot read the asset pointer ${JSON.stringify(child)}; it was left as it is.`})
          out[key] = child
          continue
        }
        const id = assetDocumentId(pointer)
        pointers.set(id, pointer)
        out.asset = {_type: 'reference', _ref: id}
      }
      return out
    }
    return replace(document) as DatasetDocument
  })

  const files = new Map<string, string>()
  const assets = [...pointers].map(([id, pointer]) => {
    files.set(id, pointer.path)
    const entry = exportAssets[assetsJsonKey(pointer)] ?? {}
    return assetDocument(id, pointer, entry, pointer.kind === 'image' ? assetBaseUrl : fileBaseUrl)
  })
  return {documents: resolved, assets, files, problems}
}

function assetDocument(id: string, pointer: AssetPointer, entry: ExportAssetEntry, baseUrl: string): DatasetDocument {
  const document: DatasetDocument = {
    _id: id,
    _type: pointer.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    _createdAt: entry._createdAt,
    _updatedAt: entry._updatedAt,
    _rev: entry._rev,
    assetId: pointer.sha1,
    extension: pointer.extension,
    mimeType: mimeTypeFor(pointer.extension),
    originalFilename: entry.originalFilename ?? pointer.fileName,
    path: `${pointer.kind === 'image' ? 'images' : 'files'}/${servedName(pointer)}`,
    sha1hash: entry.sha1hash ?? pointer.sha1,
    size: entry.size,
    uploadId: entry.uploadId,
    url: `${baseUrl}/${servedName(pointer)}`,
  }
  for (const [field, value] of Object.entries(entry)) {
    if (!(field in document) && !DERIVED_ASSET_FIELDS.has(field) && field !== 'metadata') document[field] = value
  }
  if (entry.metadata) document.metadata = entry.metadata
  else if (pointer.kind === 'image') {
    const {width = 0, height = 0} = pointer
    document.metadata = {
      _type: 'sanity.imageMetadata',
      dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: height === 0 ? 0 : width / height},
    }
  }
  for (const key of Object.keys(document)) if (document[key] === undefined) delete document[key]
  return document
}

/** The name the asset is served under: `<sha1>-<w>x<h>.<ext>` (or `<sha1>.<ext>` for files). */
function servedName(pointer: AssetPointer): string {
  return pointer.kind === 'image' ? `${pointer.sha1}-${pointer.width}x${pointer.height}.${pointer.extension}` : `${pointer.sha1}.${pointer.extension}`
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url
}

/**
 * Checks an `assetBaseUrl` option: where the image server answers, a path such as
 * `/images` or an address.
 *
 * @throws {OptionError} naming `options.assetBaseUrl` when it is not a non-empty string.
 */
export function checkAssetBaseUrl(value: unknown, fn: string): void {
  if (value !== undefined && (typeof value !== 'string' || value === '')) {
    throw new OptionError({fn, option: 'options.assetBaseUrl', must: 'be where the image server answers, a path such as "/images" or an address', value})
  }
}
