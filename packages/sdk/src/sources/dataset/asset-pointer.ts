/** An asset a dataset export points at: `image@file://./images/<sha1>-<w>x<h>.<ext>`. */
export interface AssetPointer {
  kind: 'image' | 'file'
  /** SHA-1 of the file's bytes, as Sanity names assets. */
  sha1: string
  /** Pixel size, for images. */
  width?: number
  height?: number
  /** File extension without the dot, e.g. `jpg`. */
  extension: string
  /** The file's path inside the export folder, e.g. `images/<sha1>-1200x800.jpg`. */
  path: string
  /** The file's name, e.g. `<sha1>-1200x800.jpg`. */
  fileName: string
}

const POINTER = /^(image|file)@file:\/\/\.\/((?:images|files)\/([^/]+))$/
const IMAGE_NAME = /^([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i
const FILE_NAME = /^([0-9a-f]{40})\.([a-z0-9]+)$/i

/** Reads a `_sanityAsset` value; `undefined` when it is not a local file pointer. */
export function parseAssetPointer(value: string): AssetPointer | undefined {
  const match = POINTER.exec(value)
  if (!match) return undefined
  const [, kind, path, fileName] = match as unknown as [string, 'image' | 'file', string, string]
  if (kind === 'image') {
    const image = IMAGE_NAME.exec(fileName)
    if (!image) return undefined
    const [, sha1, width, height, extension] = image as unknown as [string, string, string, string, string]
    return {kind, sha1, width: Number(width), height: Number(height), extension: extension.toLowerCase(), path, fileName}
  }
  const file = FILE_NAME.exec(fileName)
  if (!file) return undefined
  const [, sha1, extension] = file as unknown as [string, string, string]
  return {kind, sha1, extension: extension.toLowerCase(), path, fileName}
}

/** The `_id` Sanity gives the asset document: `image-<sha1>-<w>x<h>-<ext>` or `file-<sha1>-<ext>`. */
export function assetDocumentId(pointer: AssetPointer): string {
  return pointer.kind === 'image'
    ? `image-${pointer.sha1}-${pointer.width}x${pointer.height}-${pointer.extension}`
    : `file-${pointer.sha1}-${pointer.extension}`
}

/** The key `assets.json` files the asset under: `image-<sha1>` or `file-<sha1>`. */
export function assetsJsonKey(pointer: AssetPointer): string {
  return `${pointer.kind}-${pointer.sha1}`
}

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
}

/** The MIME type Sanity records for a file extension. */
export function mimeTypeFor(extension: string): string {
  return MIME_TYPES[extension] ?? 'application/octet-stream'
}
