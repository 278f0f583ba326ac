import {createHash} from 'node:crypto'

import sharp from 'sharp'

import {ASSET_TIMESTAMP} from './content-paths.ts'
import {fixedRev, fixedUploadId} from './fixed-ids.ts'
import type {ImageSpec} from './image-specs.ts'

/** An entry of an export's `assets.json`, as `sanity dataset export` writes it (palette and blurHash left out). */
export interface AssetEntry {
  _createdAt: string
  _rev: string
  _updatedAt: string
  originalFilename: string
  sha1hash: string
  size: number
  uploadId: string
  metadata: {
    _type: 'sanity.imageMetadata'
    dimensions: {_type: 'sanity.imageDimensions'; width: number; height: number; aspectRatio: number}
    lqip: string
    hasAlpha: boolean
    isOpaque: boolean
  }
}

/** A rendered picture: its file, its `assets.json` entry and the pointer documents use. */
export interface RenderedImage {
  /** `<sha1>-<w>x<h>.<ext>`, the name under `images/`. */
  fileName: string
  bytes: Buffer
  /** `image-<sha1>`, the key in `assets.json`. */
  assetKey: string
  entry: AssetEntry
  /** `image@file://./images/<fileName>`, the value of `_sanityAsset` in `data.ndjson`. */
  pointer: string
}

const LQIP_WIDTH = 20

/** Renders a spec's SVG with sharp; the same spec gives the same bytes on every run. */
export async function renderImage(spec: ImageSpec): Promise<RenderedImage> {
  const svg = Buffer.from(spec.draw(spec.width, spec.height))
  const pipeline = sharp(svg).resize(spec.width, spec.height)
  const bytes =
    spec.format === 'png'
      ? await pipeline.png({compressionLevel: 9, adaptiveFiltering: true}).toBuffer()
      : await pipeline.flatten({background: '#ffffff'}).jpeg({quality: 75, chromaSubsampling: '4:2:0'}).toBuffer()
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const ext = spec.format === 'png' ? 'png' : 'jpg'
  const fileName = `${sha1}-${spec.width}x${spec.height}.${ext}`
  const assetKey = `image-${sha1}`
  const entry: AssetEntry = {
    _createdAt: ASSET_TIMESTAMP,
    _rev: fixedRev(assetKey),
    _updatedAt: ASSET_TIMESTAMP,
    originalFilename: `${spec.name}.${ext}`,
    sha1hash: sha1,
    size: bytes.length,
    uploadId: fixedUploadId(assetKey),
    metadata: await imageMetadata(bytes, spec.format),
  }
  return {fileName, bytes, assetKey, entry, pointer: `image@file://./images/${fileName}`}
}

/** The `metadata` Sanity computes on upload, minus palette and blurHash. */
async function imageMetadata(bytes: Buffer, format: ImageSpec['format']): Promise<AssetEntry['metadata']> {
  const image = sharp(bytes)
  const {width = 0, height = 0, hasAlpha = false} = await image.metadata()
  const {isOpaque} = await image.stats()
  const small = sharp(bytes).resize(LQIP_WIDTH)
  const lqipBytes = format === 'png' ? await small.png().toBuffer() : await small.jpeg({quality: 40}).toBuffer()
  const mime = format === 'png' ? 'image/png' : 'image/jpeg'
  return {
    _type: 'sanity.imageMetadata',
    dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height},
    lqip: `data:${mime};base64,${lqipBytes.toString('base64')}`,
    hasAlpha,
    isOpaque,
  }
}
