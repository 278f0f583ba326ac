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

/** The widths `srcset` offers by default. */
export const DEFAULT_IMAGE_WIDTHS: readonly number[] = [320, 640, 960, 1280, 1600]

/**
 * The default image URL: Sanity's image API parameters on the asset URL,
 * `${url}?w=${width}&auto=format` (`&` when the URL already has a query).
 *
 * @example
 * ```ts
 * defaultImageUrl({url: 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg'}, 640)
 * // 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg?w=640&auto=format'
 * ```
 */
export function defaultImageUrl(image: ImageSource, width: number): string {
  return `${image.url}${image.url.includes('?') ? '&' : '?'}w=${width}&auto=format`
}

/**
 * The widths to offer for an image `original` pixels wide: each of `widths` not above it,
 * plus the original width itself when it lies below the largest (so a 1200-pixel image
 * offers 320, 640, 960 and 1200). All of `widths` when the original width is unknown.
 */
export function srcsetWidths(original: number | undefined, widths: readonly number[] = DEFAULT_IMAGE_WIDTHS): number[] {
  const sorted = [...new Set(widths)].toSorted((a, b) => a - b)
  if (original === undefined) return sorted
  const fitting = sorted.filter((width) => width <= original)
  const largest = sorted[sorted.length - 1]
  if (largest !== undefined && original < largest && !fitting.includes(original)) fitting.push(original)
  return fitting
}
