import {OptionError} from '../../vocabulary/option-error.ts'
import {widthParams} from '../../images/image-params.ts'
import {IMAGE_WIDTHS} from '../../images/image-widths.ts'

export {srcsetWidths} from '../../images/image-widths.ts'

/** An image as the image URL function sees it: a safe URL and, when known, its size. */
export interface ImageSource {
  /** The asset's URL (http(s) or relative), e.g. `https://cdn.sanity.io/images/p/d/abc-1200x800.jpg`. */
  url: string
  /** The asset document's id, e.g. `image-abc-1200x800-jpg`. */
  ref?: string
  /** The original width and height in pixels. */
  width?: number
  height?: number
  hotspot?: {x: number; y: number; height: number; width: number}
  crop?: {top: number; bottom: number; left: number; right: number}
}

/** Builds the URL of an image resized to `width` pixels (for `src` and `srcset`). */
export type ImageUrlBuilder = (image: ImageSource, width: number) => string

/** The widths `srcset` offers by default: the SDK's one list (as `srcset` uses), those not above the original. */
export const DEFAULT_IMAGE_WIDTHS: readonly number[] = IMAGE_WIDTHS

/**
 * The default image URL: the asset's URL with Sanity's image parameters from the same
 * builder as `imageUrl` (`widthParams`, its parameters at a width): the picture's own crop as `rect` and `w`, so a
 * page, a feed and `imageUrl(source, image, {width})` give the same URL for the same
 * picture (`&` when the URL already has a query). Without the original's size, only `w`.
 *
 * @example
 * ```ts
 * defaultImageUrl({url: 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg'}, 640)
 * // 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg?w=640'
 * ```
 */
export function defaultImageUrl(image: ImageSource, width: number): string {
  if (!Number.isFinite(width) || width <= 0) throw new OptionError({fn: 'defaultImageUrl', option: 'width', must: 'be a positive number of pixels', value: width})
  const query = widthParams({width: image.width, height: image.height, crop: image.crop}, width)
  if (!query) return image.url
  return `${image.url}${image.url.includes('?') ? '&' : '?'}${query}`
}
