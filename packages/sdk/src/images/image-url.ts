import type {ContentSource, ImageUrlStrategy} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkImageOptions, imageParams, type ImageCrop, type ImageHotspot, type ImageUrlOptions} from './image-params.ts'
import {IMAGE_WIDTHS, srcsetWidths} from './image-widths.ts'

export type {FitMode, ImageFormat, ImageUrlOptions} from './image-params.ts'

/** An image as queries return it (`asset` resolved or a reference), with crop and hotspot. */
export interface ImageLike {
  asset?: {_id?: string; _ref?: string; width?: number | null; height?: number | null} | null
  crop?: ImageCrop | null
  hotspot?: ImageHotspot | null
}

const ASSET_ID = /^image-([0-9a-z]+)-(\d+)x(\d+)-([a-z0-9]+)$/i

function strategyOf(source: ContentSource | ImageUrlStrategy): ImageUrlStrategy {
  return 'images' in source ? source.images : source
}

function checkImageSource(source: unknown, fn: string): void {
  if (typeof source !== 'object' || source === null) {
    throw new OptionError({fn, option: 'source', must: 'be a ContentSource from createDatasetSource or createSanitySource (or its images)', value: source})
  }
}

function assetOf(image: ImageLike | null | undefined) {
  const id = image?.asset?._id ?? image?.asset?._ref ?? undefined
  const match = id ? ASSET_ID.exec(id) : null
  return match ? {id: match[1]!, width: Number(match[2]), height: Number(match[3]), format: match[4]!} : undefined
}

/**
 * The URL of an image at a size, honouring its crop and hotspot, for either source:
 * Sanity's image CDN for the Sanity source, and `{assetBaseUrl}/{sha1}-{w}x{h}.{ext}`
 * with Sanity's own parameters (`rect`, `w`, `h`, `fm`, `q`, `fit`; see `imageParams`) for
 * a dataset, which the local server answers resized. `fit` `clip`, `max`, `fill`,
 * `fillmax` and `scale` never cut the picture beyond its own crop. `undefined` when the
 * image has no asset.
 *
 * @example
 * ```ts
 * imageUrl(source, article.heroImage, {width: 800, format: 'webp'})
 * ```
 * @throws {OptionError} when `source` is not a source, `width` or `height` is not a positive number of pixels, or
 *   `fit`, `format` or `quality` is not one Sanity takes.
 */
export function imageUrl(
  source: ContentSource | ImageUrlStrategy,
  image: ImageLike | null | undefined,
  options: ImageUrlOptions = {},
): string | undefined {
  return imageUrlFor(source, image, options, 'imageUrl')
}

/** {@link imageUrl} for the public function `fn` (`srcset`), which its option errors name. */
function imageUrlFor(source: ContentSource | ImageUrlStrategy, image: ImageLike | null | undefined, options: ImageUrlOptions, fn: string): string | undefined {
  checkImageSource(source, fn)
  const asset = assetOf(image)
  if (!image || !asset) return undefined
  const strategy = strategyOf(source)
  const file = `${asset.id}-${asset.width}x${asset.height}.${asset.format}`
  const base =
    strategy.kind === 'sanity'
      ? `${(strategy.baseUrl ?? 'https://cdn.sanity.io').replace(/\/+$/, '')}/images/${strategy.projectId}/${strategy.dataset}/${file}`
      : `${strategy.assetBaseUrl.replace(/\/+$/, '')}/${file}`
  const query = imageParams({width: asset.width, height: asset.height, crop: image.crop, hotspot: image.hotspot}, checkImageOptions(options, fn))
  return query ? `${base}?${query}` : base
}

/** Default widths offered in a `srcset`: the same list the renderers use. */
export const SRCSET_WIDTHS: readonly number[] = IMAGE_WIDTHS

/**
 * A `srcset` attribute value for an image: one URL per width, none wider than the
 * original (which is offered at its own width instead), exactly as the renderers write it
 * (commas in a URL escaped as `%2C`, since a comma separates candidates). `undefined`
 * without an asset.
 *
 * @throws {OptionError} as {@link imageUrl} does, and when `widths` is not an array of whole numbers of pixels.
 */
export function srcset(
  source: ContentSource | ImageUrlStrategy,
  image: ImageLike | null | undefined,
  options: Omit<ImageUrlOptions, 'width' | 'height'> & {widths?: readonly number[]} = {},
): string | undefined {
  checkImageSource(source, 'srcset')
  const {widths, ...rest} = options
  if (widths !== undefined) {
    if (!Array.isArray(widths)) throw new OptionError({fn: 'srcset', option: 'options.widths', must: 'be an array of widths in pixels', value: widths})
    widths.forEach((width: unknown, index) => {
      if (!Number.isInteger(width) || (width as number) < 1) throw new OptionError({fn: 'srcset', option: `options.widths[${index}]`, must: 'be a whole number of pixels from 1', value: width})
    })
  }
  const asset = assetOf(image)
  if (!image || !asset) return undefined
  return srcsetWidths(asset.width, widths ?? SRCSET_WIDTHS)
    .map((width) => `${imageUrlFor(source, image, {...rest, width}, 'srcset')!.replace(/,/g, '%2C')} ${width}w`)
    .join(', ')
}
