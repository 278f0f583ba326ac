import {OptionError} from '../vocabulary/option-error.ts'
import {cropRect, hotspotRect, type ImageCrop, type ImageHotspot, type PixelRect} from './image-rect.ts'

export type {ImageCrop, ImageHotspot} from './image-rect.ts'

/** How an image fits `width` x `height` (Sanity's image API `fit`). */
export type FitMode = 'clip' | 'crop' | 'fill' | 'fillmax' | 'max' | 'scale' | 'min'

/** Output formats of Sanity's image API (`fm`). */
export type ImageFormat = 'jpg' | 'pjpg' | 'png' | 'webp'

/** Options for {@link imageParams}, `imageUrl` and the renderers' image URLs. */
export interface ImageUrlOptions {
  /** Width in pixels (Sanity's `w`); rounded. */
  width?: number | undefined
  /** Height in pixels (Sanity's `h`); rounded. */
  height?: number | undefined
  /** How the image fits `width` x `height` (Sanity's `fit`). Default: Sanity's. */
  fit?: FitMode | undefined
  /** Output format (Sanity's `fm`); default the original's. */
  format?: ImageFormat | undefined
  /** JPEG/WebP quality, 0 to 100 (Sanity's `q`). */
  quality?: number | undefined
}

/** What {@link imageParams} needs to know of the picture. */
export interface ImageGeometry {
  /** The original's size in pixels; without it no crop or hotspot can be applied. */
  width?: number
  height?: number
  crop?: ImageCrop | null
  hotspot?: ImageHotspot | null
}

const FITS: readonly string[] = ['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min']
const FORMATS: readonly string[] = ['jpg', 'pjpg', 'png', 'webp']

/**
 * Fit modes that resize within the box and never cut the picture (Sanity's image API:
 * `clip`, `max`, `fill`, `fillmax`, `scale`). `crop` and `min` cut to the box's shape.
 */
const NON_CROPPING: readonly string[] = ['clip', 'max', 'fill', 'fillmax', 'scale']

/**
 * Checks image options as a caller gave them (`imageUrl`, `srcset`, the SEO pictures), so
 * {@link imageParams}, which the HTML renderer also runs, carries no checks.
 *
 * @param fn The public function called and `at` where its options are (`options.`, or `''`
 *   for a `width` argument), for the error.
 * @throws {OptionError} when `width`, `height` or `quality` is not a number in range, or
 *   `fit` / `format` is not one Sanity knows (naming the allowed values).
 */
export function checkImageOptions(options: ImageUrlOptions, fn: string, at = 'options.'): ImageUrlOptions {
  if (options.width !== undefined) positive(options.width, fn, `${at}width`)
  if (options.height !== undefined) positive(options.height, fn, `${at}height`)
  if (options.fit !== undefined && !FITS.includes(options.fit)) {
    throw new OptionError({fn, option: `${at}fit`, must: `be one of ${FITS.join(', ')}`, value: options.fit})
  }
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new OptionError({fn, option: `${at}format`, must: `be one of ${FORMATS.join(', ')}`, value: options.format})
  }
  if (options.quality !== undefined && !(Number.isFinite(options.quality) && options.quality >= 0 && options.quality <= 100)) {
    throw new OptionError({fn, option: `${at}quality`, must: 'be a number from 0 to 100', value: options.quality})
  }
  return options
}

/**
 * The query string (without `?`) of Sanity's image API for a picture at a size, in the
 * order `@sanity/image-url` writes it: `rect`, `w`, `h`, `fm`, `q`, `fit`. The one builder
 * behind `imageUrl`, `srcset` and every renderer's image URL.
 *
 * `rect` is the picture's own crop; with both `width` and `height` and `fit` `crop`, `min`
 * or none, the largest box of that shape inside the crop, centred on the hotspot (the
 * rule of `@sanity/image-url` 2.1.1, checked against it in the tests). With `fit` `clip`,
 * `max`, `fill`, `fillmax` or `scale`, which never cut, only the own crop: 2.1.1 adds the
 * hotspot box there too, a known upstream fault this avoids. A `rect` that cuts nothing
 * is left out. The options are taken as given: callers with options from outside check
 * them first ({@link checkImageOptions}); the renderers' widths are the SDK's own.
 */
export function imageParams(geometry: ImageGeometry, options: ImageUrlOptions): string {
  const original = size(geometry.width, geometry.height)
  const {width, height} = options
  const boxed = width !== undefined && height !== undefined && !NON_CROPPING.includes(options.fit ?? 'crop')
  const crop = original && cropRect(geometry.crop, original)
  const rect = original && crop && boxed ? hotspotRect(crop, geometry.hotspot, original, width / height) : crop
  return writeParams(original, rect, options)
}

/**
 * {@link imageParams} at a width alone: the picture's own crop as `rect`, then `w`. No
 * height means no box, so no hotspot: the renderers' pictures and `srcset` candidates
 * use this, and a bundle that only renders HTML carries no box rule.
 */
export function widthParams(geometry: ImageGeometry, width: number): string {
  const original = size(geometry.width, geometry.height)
  return writeParams(original, original && cropRect(geometry.crop, original), {width})
}

/** The query string for a `rect` (left out when it cuts nothing) and the options, in `@sanity/image-url`'s order. */
function writeParams(original: {width: number; height: number} | undefined, rect: PixelRect | undefined, options: ImageUrlOptions): string {
  const params: string[] = []
  if (original && rect && (rect.left !== 0 || rect.top !== 0 || rect.width !== original.width || rect.height !== original.height)) {
    params.push(`rect=${rect.left},${rect.top},${rect.width},${rect.height}`)
  }
  if (options.width !== undefined) params.push(`w=${Math.round(options.width)}`)
  if (options.height !== undefined) params.push(`h=${Math.round(options.height)}`)
  if (options.format !== undefined) params.push(`fm=${options.format}`)
  if (options.quality !== undefined) params.push(`q=${options.quality}`)
  if (options.fit !== undefined) params.push(`fit=${options.fit}`)
  return params.join('&')
}

function valid(value: number | undefined): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1
}

function size(width: number | undefined, height: number | undefined) {
  return valid(width) && valid(height) ? {width: Math.round(width!), height: Math.round(height!)} : undefined
}

function positive(value: number, fn: string, option: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new OptionError({fn, option, must: 'be a positive number of pixels', value})
}
