import {createHash} from 'node:crypto'

import {imageSize} from 'image-size'

import {mimeTypeFor} from '../../sources/dataset/asset-pointer.ts'
import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {StoreError} from '../../store/store-error.ts'

/** A file to add to an export folder with a transaction: `images/<name>`. */
export interface AssetFile {
  folder: 'images'
  /** `<sha1>-<width>x<height>.<ext>`, as Sanity's export names image files. */
  name: string
  bytes: Uint8Array
}

/** An image ready to add to a store: its asset document and its file (commit both together). */
export interface PreparedImage {
  /** A `sanity.imageAsset` document, `_id` `image-<sha1>-<width>x<height>-<ext>`. */
  document: DatasetDocument
  file: AssetFile
}

/** The image formats the Content Lake takes, by the extension its asset ids use. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {jpg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', svg: 'svg', avif: 'avif', tiff: 'tiff'}

/**
 * An image's asset document and file, as a Sanity upload makes them and its export names
 * them: the SHA-1 of the bytes, the dimensions (read by `image-size` from the file's
 * header) and the format give the id `image-<sha1>-<w>x<h>-<ext>` and the file
 * `images/<sha1>-<w>x<h>.<ext>`; `metadata.dimensions` as Sanity writes it. The same bytes
 * always give the same document id and file, so adding a picture twice adds it once.
 *
 * @param bytes - The file's contents.
 * @param options - `originalFilename` (shown in the Studio), `now` for `_createdAt`, `assetBaseUrl` for its `url` (default `/images`).
 * @throws {StoreError} `invalid` when the bytes are no image of a format Sanity takes (JPEG, PNG, GIF, WebP, SVG, AVIF, TIFF).
 */
export function prepareImageAsset(bytes: Uint8Array, options: {originalFilename: string; now?: Date; assetBaseUrl?: string}): PreparedImage {
  let size: {width?: number; height?: number; type?: string}
  try {
    size = imageSize(bytes)
  } catch (error) {
    throw new StoreError('invalid', `${options.originalFilename} is not a picture this site can show (JPEG, PNG, GIF, WebP, SVG, AVIF or TIFF): ${(error as Error).message}.`, {cause: error})
  }
  const extension = IMAGE_TYPES[size.type ?? '']
  const {width, height} = size
  if (!extension || !width || !height) {
    throw new StoreError('invalid', `${options.originalFilename} is not a picture this site can show (JPEG, PNG, GIF, WebP, SVG, AVIF or TIFF)${size.type ? `: it is ${size.type.toUpperCase()}` : ''}.`)
  }
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const name = `${sha1}-${width}x${height}.${extension}`
  const at = (options.now ?? new Date()).toISOString()
  const document: DatasetDocument = {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    _createdAt: at,
    _updatedAt: at,
    assetId: sha1,
    extension,
    mimeType: mimeTypeFor(extension),
    originalFilename: options.originalFilename,
    path: `images/${name}`,
    sha1hash: sha1,
    size: bytes.byteLength,
    url: `${(options.assetBaseUrl ?? '/images').replace(/\/$/, '')}/${name}`,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height},
    },
  }
  return {document, file: {folder: 'images', name, bytes}}
}
