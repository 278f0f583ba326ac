import {createImageUrlBuilder, type FitMode, type ImageFormat} from '@sanity/image-url'

import type {ContentSource, ImageUrlStrategy} from '../sources/content-source.ts'

/** An image as queries return it (`asset` resolved or a reference), with crop and hotspot. */
export interface ImageLike {
  asset?: {_id?: string; _ref?: string; width?: number | null; height?: number | null} | null
  crop?: {top?: number; bottom?: number; left?: number; right?: number} | null
  hotspot?: {x?: number; y?: number; height?: number; width?: number} | null
}

/** Options for {@link imageUrl}. */
export interface ImageUrlOptions {
  width?: number
  height?: number
  /** How the image fits `width` x `height` (Sanity's `fit`). Default: Sanity's. */
  fit?: FitMode
  /** Output format (Sanity's `fm`); default the original's. */
  format?: ImageFormat
  /** JPEG/WebP quality, 0 to 100. */
  quality?: number
}

const ASSET_ID = /^image-([0-9a-f]+)-(\d+)x(\d+)-([a-z0-9]+)$/i

function strategyOf(source: ContentSource | ImageUrlStrategy): ImageUrlStrategy {
  return 'images' in source ? source.images : source
}

function assetIdOf(image: ImageLike): string | undefined {
  return image.asset?._id ?? image.asset?._ref ?? undefined
}

/**
 * The URL of an image at a size, honouring its crop and hotspot, for either source:
 * Sanity's image CDN for the Sanity source, and `{assetBaseUrl}/{sha1}-{w}x{h}.{ext}`
 * with Sanity's own parameters (`w`, `h`, `fit`, `fm`, `rect`, `q`) for a dataset, which
 * the local server answers resized. `undefined` when the image has no asset.
 *
 * @example
 * ```ts
 * imageUrl(source, article.heroImage, {width: 800, format: 'webp'})
 * ```
 */
export function imageUrl(
  source: ContentSource | ImageUrlStrategy,
  image: ImageLike | null | undefined,
  options: ImageUrlOptions = {},
): string | undefined {
  const id = image ? assetIdOf(image) : undefined
  if (!image || !id || !ASSET_ID.test(id)) return undefined
  const strategy = strategyOf(source)
  const projectDetails =
    strategy.kind === 'sanity'
      ? {projectId: strategy.projectId, dataset: strategy.dataset, ...(strategy.baseUrl ? {baseUrl: strategy.baseUrl} : {})}
      : {projectId: 'local', dataset: 'local', baseUrl: 'http://local.invalid'}
  let builder = createImageUrlBuilder(projectDetails).image({
    asset: {_ref: id},
    ...(image.crop ? {crop: image.crop} : {}),
    ...(image.hotspot ? {hotspot: image.hotspot} : {}),
  } as never)
  if (options.width !== undefined) builder = builder.width(positive(options.width, 'width'))
  if (options.height !== undefined) builder = builder.height(positive(options.height, 'height'))
  if (options.fit) builder = builder.fit(options.fit)
  if (options.format) builder = builder.format(options.format)
  if (options.quality !== undefined) builder = builder.quality(options.quality)
  const url = builder.url()
  if (strategy.kind === 'sanity') return url
  const parsed = new URL(url)
  const file = parsed.pathname.slice(parsed.pathname.lastIndexOf('/') + 1)
  return `${strategy.assetBaseUrl.replace(/\/+$/, '')}/${file}${parsed.search}`
}

/** Default widths offered in a `srcset`. */
export const SRCSET_WIDTHS: readonly number[] = [320, 640, 960, 1280, 1600, 1920]

/**
 * A `srcset` attribute value for an image: one URL per width, none wider than the
 * original (which is offered at its own width instead). `undefined` without an asset.
 */
export function srcset(
  source: ContentSource | ImageUrlStrategy,
  image: ImageLike | null | undefined,
  options: Omit<ImageUrlOptions, 'width' | 'height'> & {widths?: readonly number[]} = {},
): string | undefined {
  const id = image ? assetIdOf(image) : undefined
  const match = id ? ASSET_ID.exec(id) : null
  if (!image || !match) return undefined
  const original = Number(match[2])
  const widths = [...new Set((options.widths ?? SRCSET_WIDTHS).map((width) => Math.min(width, original)))].toSorted((a, b) => a - b)
  return widths.map((width) => `${imageUrl(source, image, {...options, width})} ${width}w`).join(', ')
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of pixels; got ${value}.`)
  return Math.round(value)
}
