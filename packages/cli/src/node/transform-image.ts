import sharp, {type FitEnum} from 'sharp'

import {ImageParamError, MAX_DIMENSION, type FitMode, type ImageFormat, type ImageParams} from './image-params.ts'

/** The bytes and type of a transformed image. */
export interface TransformedImage {
  bytes: Buffer
  contentType: string
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
}

/** The MIME type for a file extension or `fm` value. */
export function contentTypeOf(extension: string): string {
  return CONTENT_TYPES[extension.toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The output format: `fm` if given; with `auto=format`, WebP where the browser's `Accept`
 * takes it (as Sanity's CDN does); else the original's.
 */
export function outputFormat(params: ImageParams, original: string, accept: string): ImageFormat {
  if (params.format) return params.format
  if (params.autoFormat && /image\/webp/.test(accept)) return 'webp'
  const extension = original.toLowerCase()
  return extension === 'jpeg' ? 'jpg' : (['jpg', 'png', 'webp', 'avif', 'gif'].includes(extension) ? extension : 'png') as ImageFormat
}

// Sanity's fit modes in sharp's terms. clip and max keep the whole picture inside the box;
// crop and min fill it and cut; fill and fillmax pad; scale stretches. Nothing is enlarged
// past the original except by fill (padding) and scale, as on Sanity's CDN.
const FITS: Record<FitMode, {fit: keyof FitEnum; withoutEnlargement: boolean}> = {
  clip: {fit: 'inside', withoutEnlargement: true},
  max: {fit: 'inside', withoutEnlargement: true},
  crop: {fit: 'cover', withoutEnlargement: true},
  min: {fit: 'cover', withoutEnlargement: true},
  fill: {fit: 'contain', withoutEnlargement: false},
  fillmax: {fit: 'contain', withoutEnlargement: true},
  scale: {fit: 'fill', withoutEnlargement: false},
}

/** Resizes, crops and re-encodes an image per Sanity's parameters with sharp. */
export async function transformImage(input: Buffer, params: ImageParams, format: ImageFormat): Promise<TransformedImage> {
  let image = sharp(input, {limitInputPixels: 100_000_000, failOn: 'error'}).rotate()
  const meta = await image.metadata()
  const originalWidth = meta.autoOrient?.width ?? meta.width ?? 0
  const originalHeight = meta.autoOrient?.height ?? meta.height ?? 0
  let sourceWidth = originalWidth
  let sourceHeight = originalHeight
  if (params.rect) {
    const {left, top} = params.rect
    if (left >= originalWidth || top >= originalHeight) throw new ImageParamError(`rect starts outside the ${originalWidth}×${originalHeight} image.`)
    const width = Math.min(params.rect.width, originalWidth - left)
    const height = Math.min(params.rect.height, originalHeight - top)
    image = sharp(await image.extract({left, top, width, height}).toBuffer())
    sourceWidth = width
    sourceHeight = height
  }
  const width = params.width === undefined ? undefined : Math.round(params.width * params.dpr)
  const height = params.height === undefined ? undefined : Math.round(params.height * params.dpr)
  checkOutputSize(width, height, params.dpr)
  if (width !== undefined || height !== undefined) {
    const {fit, withoutEnlargement} = FITS[params.fit]
    image = image.resize({
      ...(width === undefined ? {} : {width}),
      ...(height === undefined ? {} : {height}),
      fit,
      withoutEnlargement,
      position: position(params, sourceWidth, sourceHeight),
      background: background(params.background, format),
    })
  }
  const quality = params.quality
  switch (format) {
    case 'jpg':
    case 'pjpg':
      image = image.flatten({background: background(params.background, 'jpg')}).jpeg({quality, progressive: format === 'pjpg', mozjpeg: false})
      break
    case 'png':
      image = image.png({compressionLevel: 6})
      break
    case 'webp':
      image = image.webp({quality, effort: 2})
      break
    case 'avif':
      image = image.avif({quality: Math.round(quality * 0.7), effort: 1})
      break
    case 'gif':
      image = image.gif()
      break
  }
  return {bytes: await image.toBuffer(), contentType: contentTypeOf(format)}
}

/** Pictures larger than this many pixels are not made (40 megapixels, about 6300 × 6300). */
export const MAX_OUTPUT_PIXELS = 40_000_000

/**
 * The size limits hold for what is made, after `dpr` multiplies `w` and `h`: each side at
 * most {@link MAX_DIMENSION}, the area at most {@link MAX_OUTPUT_PIXELS}, so one request
 * cannot have the server spend a minute building a giant picture.
 */
function checkOutputSize(width: number | undefined, height: number | undefined, dpr: number): void {
  for (const [name, value] of [['w', width], ['h', height]] as const) {
    if (value !== undefined && value > MAX_DIMENSION) {
      throw new ImageParamError(`${name} × dpr must be at most ${MAX_DIMENSION} pixels; got ${value} (dpr ${dpr}).`)
    }
  }
  if (width !== undefined && height !== undefined && width * height > MAX_OUTPUT_PIXELS) {
    throw new ImageParamError(`w × h (after dpr) must be at most ${MAX_OUTPUT_PIXELS.toLocaleString('en-US')} pixels; got ${width} × ${height}.`)
  }
}

function position(params: ImageParams, _width: number, _height: number): string {
  const crop = params.crop ?? ''
  if (crop.includes('entropy')) return 'entropy'
  const vertical = crop.includes('top') ? 'top' : crop.includes('bottom') ? 'bottom' : ''
  const horizontal = crop.includes('left') ? 'left' : crop.includes('right') ? 'right' : ''
  if (vertical || horizontal) return [vertical, horizontal].filter(Boolean).join(' ')
  if (params.focalPoint) {
    const {x, y} = params.focalPoint
    const row = y < 1 / 3 ? 'top' : y > 2 / 3 ? 'bottom' : ''
    const column = x < 1 / 3 ? 'left' : x > 2 / 3 ? 'right' : ''
    return [row, column].filter(Boolean).join(' ') || 'centre'
  }
  return 'centre'
}

function background(hex: string | undefined, format: ImageFormat): string {
  if (hex) return `#${hex.length === 8 || hex.length === 4 ? hex.slice(hex.length / 4) + hex.slice(0, hex.length / 4) : hex}`
  return format === 'jpg' || format === 'pjpg' ? '#ffffff' : '#ffffff00'
}
