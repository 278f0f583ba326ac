import sharp, {type FitEnum, type Sharp} from 'sharp'

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

// Sanity's fit modes in sharp's terms, by the rules of Sanity's image URL reference ("fit"),
// which follows imgix's: clip and max keep the whole picture inside the box, never enlarged;
// crop fills w × h exactly and cuts the excess (enlarging a smaller source to do so); min
// takes w × h's shape but never exceeds the original (its size is shrunk to fit first, in
// `transform`); fill pads to w × h; fillmax pads without enlarging; scale stretches to w × h.
const FITS: Record<FitMode, {fit: keyof FitEnum; withoutEnlargement: boolean}> = {
  clip: {fit: 'inside', withoutEnlargement: true},
  max: {fit: 'inside', withoutEnlargement: true},
  crop: {fit: 'cover', withoutEnlargement: false},
  min: {fit: 'cover', withoutEnlargement: false},
  fill: {fit: 'contain', withoutEnlargement: false},
  fillmax: {fit: 'contain', withoutEnlargement: true},
  scale: {fit: 'fill', withoutEnlargement: false},
}

/** The largest picture, in pixels, that is decoded to be resized (10,000 × 10,000). */
export const MAX_INPUT_PIXELS = 100_000_000

/**
 * The stored image itself cannot be resized (too many pixels to decode, or bytes sharp
 * cannot read): the server answers 422 with the message; the original is still served as
 * stored at its URL without parameters.
 */
export class ImageSourceError extends Error {
  override name = 'ImageSourceError'
}

/**
 * Resizes, crops and re-encodes an image per Sanity's parameters with sharp.
 *
 * @throws ImageParamError when the parameters do not fit this image (a `rect` outside it).
 * @throws ImageSourceError when the image cannot be decoded or is over {@link MAX_INPUT_PIXELS}.
 */
export async function transformImage(input: Buffer, params: ImageParams, format: ImageFormat): Promise<TransformedImage> {
  try {
    return await transform(input, params, format)
  } catch (error) {
    if (error instanceof ImageParamError || error instanceof ImageSourceError) throw error
    throw new ImageSourceError(`This image cannot be resized: ${(error as Error).message}. The original is served without parameters.`, {cause: error})
  }
}

async function transform(input: Buffer, params: ImageParams, format: ImageFormat): Promise<TransformedImage> {
  // The header alone says how large the picture is: refuse a decompression bomb before decoding it.
  const header = await sharp(input, {limitInputPixels: false}).metadata()
  const pixels = (header.width ?? 0) * (header.height ?? 0)
  if (pixels > MAX_INPUT_PIXELS) {
    throw new ImageSourceError(
      `This image is ${header.width} × ${header.height} pixels, more than the ${MAX_INPUT_PIXELS.toLocaleString('en-US')} that are resized. The original is served without parameters; store a smaller one to have it resized.`,
    )
  }
  let image = sharp(input, {limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error'}).rotate()
  const originalWidth = header.autoOrient?.width ?? header.width ?? 0
  const originalHeight = header.autoOrient?.height ?? header.height ?? 0
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
  let width = params.width === undefined ? undefined : Math.round(params.width * params.dpr)
  let height = params.height === undefined ? undefined : Math.round(params.height * params.dpr)
  if (params.fit === 'crop' && params.bounds) [width, height] = boundedCrop(width, height, sourceWidth, sourceHeight, params.bounds, params.dpr)
  checkOutputSize(width, height, params.dpr)
  if (params.fit === 'min' && width !== undefined && height !== undefined) {
    // min: w × h's shape, no larger than the original (w=400&h=400 on 200 × 300 is 200 × 200).
    const shrink = Math.min(1, sourceWidth / width, sourceHeight / height)
    width = Math.max(1, Math.round(width * shrink))
    height = Math.max(1, Math.round(height * shrink))
  }
  const cover = params.fit === 'crop' || params.fit === 'min'
  const focal = cover && width !== undefined && height !== undefined ? focalPoint(params) : undefined
  if (focal && width !== undefined && height !== undefined) {
    image = cropAround(image, focal, sourceWidth, sourceHeight, width, height)
  } else if (width !== undefined || height !== undefined) {
    // scale stretches to w × h; with one side it keeps the ratio, as Sanity's image API does.
    const {fit, withoutEnlargement} = params.fit === 'scale' && (width === undefined || height === undefined) ? {fit: 'inside' as const, withoutEnlargement: false} : FITS[params.fit]
    image = image.resize({
      ...(width === undefined ? {} : {width}),
      ...(height === undefined ? {} : {height}),
      fit,
      withoutEnlargement,
      position: position(params),
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

/**
 * Where `fit=crop` cuts from, in sharp's terms (horizontal first: "left top"): `crop=entropy`,
 * or the edges `crop` names, else the centre.
 */
function position(params: ImageParams): string {
  const crop = params.crop ?? []
  if (crop.includes('entropy')) return 'entropy'
  const horizontal = crop.includes('left') ? 'left' : crop.includes('right') ? 'right' : ''
  const vertical = crop.includes('top') ? 'top' : crop.includes('bottom') ? 'bottom' : ''
  return [horizontal, vertical].filter(Boolean).join(' ') || 'centre'
}

/**
 * The focal point a cover crop centres on: `fp-x`/`fp-y` (fractions of the width and
 * height), unless `crop` names edges or entropy instead.
 */
function focalPoint(params: ImageParams): {x: number; y: number} | undefined {
  const crop = params.crop ?? []
  if (crop.some((mode) => mode !== 'focalpoint' && mode !== 'center')) return undefined
  return params.focalPoint
}

/**
 * Scales the picture to cover `width` × `height` (enlarging a smaller one, as fit=crop
 * does), then cuts that window centred on the focal point, moved inside the picture where
 * the point is near an edge.
 */
function cropAround(image: Sharp, focal: {x: number; y: number}, sourceWidth: number, sourceHeight: number, width: number, height: number): Sharp {
  const scale = Math.max(width / sourceWidth, height / sourceHeight)
  const scaledWidth = Math.max(1, Math.round(sourceWidth * scale))
  const scaledHeight = Math.max(1, Math.round(sourceHeight * scale))
  const windowWidth = Math.min(width, scaledWidth)
  const windowHeight = Math.min(height, scaledHeight)
  const left = clamp(focal.x * scaledWidth - windowWidth / 2, scaledWidth - windowWidth)
  const top = clamp(focal.y * scaledHeight - windowHeight / 2, scaledHeight - windowHeight)
  return image.resize({width: scaledWidth, height: scaledHeight, fit: 'fill'}).extract({left, top, width: windowWidth, height: windowHeight})
}

/** `value` rounded, from 0 to `max`. */
function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, Math.round(value)), max)
}

function background(hex: string | undefined, format: ImageFormat): string {
  if (hex) return `#${hex.length === 8 || hex.length === 4 ? hex.slice(hex.length / 4) + hex.slice(0, hex.length / 4) : hex}`
  return format === 'jpg' || format === 'pjpg' ? '#ffffff' : '#ffffff00'
}

/**
 * `fit=crop` with `min-w`/`max-w`/`min-h`/`max-h` (Sanity's image URL reference, after
 * imgix's: "only works when fit=crop is present"): the side the request leaves free
 * follows the picture's shape at the asked side, clamped into its bounds, and the picture
 * is cut to that box. `h=200&min-w=150` on a tall, narrow panorama gives 150 × 200 instead
 * of a sliver; `h=200&max-w=300` on a wide one gives 300 × 200. A side given by `w`/`h`
 * is kept as asked. Sizes are in output pixels (`dpr` applied, as to `w` and `h`).
 */
function boundedCrop(
  width: number | undefined,
  height: number | undefined,
  sourceWidth: number,
  sourceHeight: number,
  bounds: NonNullable<ImageParams['bounds']>,
  dpr: number,
): [number | undefined, number | undefined] {
  const scaled = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * dpr))
  if (width !== undefined && height !== undefined) return [width, height]
  if (width !== undefined) return [width, Math.max(1, Math.round(within((width * sourceHeight) / sourceWidth, scaled(bounds.minHeight), scaled(bounds.maxHeight))))]
  if (height !== undefined) return [Math.max(1, Math.round(within((height * sourceWidth) / sourceHeight, scaled(bounds.minWidth), scaled(bounds.maxWidth)))), height]
  return [width, height]
}

/** `value` kept from `min` (default 1) to `max` (default no bound). */
function within(value: number, min: number | undefined, max: number | undefined): number {
  return Math.max(min ?? 1, Math.min(max ?? Number.POSITIVE_INFINITY, value))
}
