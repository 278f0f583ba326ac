import {imageUrl, srcset, type ContentSource, type ImageLike} from '@practice-press/sdk'

import {html, type SafeHtml} from '../lib/html.ts'

/** An image as the SDK's queries return it. */
export interface PictureImage extends ImageLike {
  alt?: string | null
  decorative?: boolean | null
  asset?: (ImageLike['asset'] & {url?: string | null}) | null
}

/** Options for {@link picture}. */
export interface PictureOptions {
  /** The `src` width (the fallback for browsers without `srcset`). */
  width: number
  /** Crop to this height at `width` (e.g. a 16:9 card); default: the image's own ratio. */
  height?: number
  /** The `sizes` attribute. */
  sizes: string
  /** The first picture of a page loads at once; others lazily. */
  eager?: boolean
  className?: string
}

/**
 * An `<img>` with `srcset` (no width above the original), width and height (no layout
 * shift), and alt text: `alt=""` only for a picture marked decorative. Nothing without an asset.
 */
export function picture(source: ContentSource, image: PictureImage | null | undefined, options: PictureOptions): SafeHtml {
  const asset = image?.asset
  if (!image || !asset?.width || !asset.height) return html``
  const ratio = options.height ? options.height / options.width : asset.height / asset.width
  const width = Math.min(options.width, asset.width)
  const height = Math.round(width * ratio)
  const fit = options.height ? {fit: 'crop' as const} : {}
  const src = imageUrl(source, image, {width, ...(options.height ? {height} : {}), ...fit})
  // Up to twice the display width (high-density screens), never above the original.
  const widths = [...new Set([width, 320, 640, 960, 1280, 1600, 1920].filter((candidate) => candidate <= Math.min(asset.width!, width * 2)))].toSorted(
    (a, b) => a - b,
  )
  const set = options.height
    ? widths.map((candidate) => `${imageUrl(source, image, {width: candidate, height: Math.round(candidate * ratio), fit: 'crop'})} ${candidate}w`).join(', ')
    : srcset(source, image, {widths})
  const alt = image.decorative ? '' : (image.alt ?? '')
  return html`<img src="${src}" srcset="${set}" sizes="${options.sizes}" width="${width}" height="${height}" alt="${alt}" ${
    options.eager ? html`loading="eager" fetchpriority="high"` : html`loading="lazy"`
  } decoding="async"${options.className ? html` class="${options.className}"` : ''}>`
}
