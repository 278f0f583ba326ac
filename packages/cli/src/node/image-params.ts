/**
 * Sanity's image parameters, read from a query string: `w`, `h`, `max-w`, `max-h`,
 * `min-w`, `min-h`, `rect`, `fit`, `crop`, `fp-x`, `fp-y`, `fm`, `q`, `auto=format`, `dpr`,
 * `bg` (Sanity's image URL reference). Unknown parameters are ignored
 * (as Sanity does); bad values are a 400 with a message.
 */

/** The output formats Sanity's `fm` knows. */
export const IMAGE_FORMATS = ['jpg', 'pjpg', 'png', 'webp', 'avif', 'gif'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

/** Sanity's fit modes. */
export const FIT_MODES = ['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min'] as const
export type FitMode = (typeof FIT_MODES)[number]

/**
 * Sanity's `crop` values: where `fit=crop` cuts from. Several combine with commas
 * (`crop=top,left`), one per axis. Source: Sanity's image URL reference, "crop".
 */
export const CROP_MODES = ['top', 'bottom', 'left', 'right', 'center', 'focalpoint', 'entropy'] as const
export type CropMode = (typeof CROP_MODES)[number]

/** The largest width or height asked for; larger is refused. */
export const MAX_DIMENSION = 8192

/** A parsed image request. */
export interface ImageParams {
  width?: number
  height?: number
  /**
   * Bounds on the output's sides (`min-w`, `max-w`, `min-h`, `max-h`), which, as in
   * Sanity's and imgix's reference, work with `fit=crop`: the side `w` or `h` leaves free
   * is cut to within them. Without `fit=crop`, `max-w`/`max-h` stand for a missing `w`/`h`
   * (never enlarged) and `min-w`/`min-h` do nothing.
   */
  bounds?: {minWidth?: number; maxWidth?: number; minHeight?: number; maxHeight?: number}
  rect?: {left: number; top: number; width: number; height: number}
  fit: FitMode
  crop?: CropMode[]
  focalPoint?: {x: number; y: number}
  format?: ImageFormat
  autoFormat: boolean
  quality: number
  dpr: number
  background?: string
}

/** A parameter that cannot be honoured: the server answers 400 with the message. */
export class ImageParamError extends Error {
  override name = 'ImageParamError'
}

/** Parses the query string; throws {@link ImageParamError}. */
export function parseImageParams(search: URLSearchParams): ImageParams {
  const params: ImageParams = {fit: 'clip', autoFormat: false, quality: 75, dpr: 1}
  const bounds = {minWidth: dimension(search, 'min-w'), maxWidth: dimension(search, 'max-w'), minHeight: dimension(search, 'min-h'), maxHeight: dimension(search, 'max-h')}
  const cropping = search.get('fit') === 'crop'
  // Without fit=crop, max-w and max-h stand for a missing w and h (and clip never enlarges).
  const width = dimension(search, 'w') ?? (cropping ? undefined : bounds.maxWidth)
  const height = dimension(search, 'h') ?? (cropping ? undefined : bounds.maxHeight)
  if (width !== undefined) params.width = width
  if (height !== undefined) params.height = height
  if (cropping && Object.values(bounds).some((value) => value !== undefined)) {
    params.bounds = Object.fromEntries(Object.entries(bounds).filter(([, value]) => value !== undefined))
  }
  const rect = search.get('rect')
  if (rect !== null) {
    const parts = rect.split(',').map(Number)
    if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0) || parts[2] === 0 || parts[3] === 0) {
      throw new ImageParamError(`rect must be four whole numbers left,top,width,height (width and height above 0); got "${rect}".`)
    }
    const [left, top, rectWidth, rectHeight] = parts as [number, number, number, number]
    params.rect = {left, top, width: rectWidth, height: rectHeight}
  }
  const fit = search.get('fit')
  if (fit !== null) params.fit = oneOf(fit, FIT_MODES, 'fit')
  const crop = search.get('crop')
  if (crop !== null) params.crop = cropModes(crop)
  const fpX = search.get('fp-x')
  const fpY = search.get('fp-y')
  if (fpX !== null || fpY !== null) params.focalPoint = {x: fraction(fpX ?? '0.5', 'fp-x'), y: fraction(fpY ?? '0.5', 'fp-y')}
  const format = search.get('fm')
  if (format !== null) params.format = oneOf(format === 'jpeg' ? 'jpg' : format, IMAGE_FORMATS, 'fm')
  params.autoFormat = search.getAll('auto').some((value) => value.split(',').includes('format'))
  const quality = search.get('q')
  if (quality !== null) {
    const value = Number(quality)
    if (!Number.isInteger(value) || value < 0 || value > 100) throw new ImageParamError(`q must be a whole number from 0 to 100; got "${quality}".`)
    params.quality = Math.max(1, value)
  }
  const dpr = search.get('dpr')
  if (dpr !== null) {
    const value = Number(dpr)
    if (!Number.isFinite(value) || value < 1 || value > 3) throw new ImageParamError(`dpr must be a number from 1 to 3; got "${dpr}".`)
    params.dpr = value
  }
  const background = search.get('bg')
  if (background !== null) {
    if (!/^([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(background)) throw new ImageParamError(`bg must be a hex colour such as fff or 80ffffff; got "${background}".`)
    params.background = background
  }
  return params
}

/** A stable key for the parameters that change the output, for the caches. */
export function paramsKey(params: ImageParams, format: string): string {
  const {rect, focalPoint} = params
  return [
    params.width ?? '',
    params.height ?? '',
    params.bounds ? `${params.bounds.minWidth ?? ''},${params.bounds.maxWidth ?? ''},${params.bounds.minHeight ?? ''},${params.bounds.maxHeight ?? ''}` : '',
    rect ? `${rect.left},${rect.top},${rect.width},${rect.height}` : '',
    params.fit,
    params.crop?.join(',') ?? '',
    focalPoint ? `${focalPoint.x},${focalPoint.y}` : '',
    format,
    params.quality,
    params.dpr,
    params.background ?? '',
  ].join('|')
}

/** `crop=top,left`: known values, at most one per axis. */
function cropModes(value: string): CropMode[] {
  const modes = value.split(',').map((mode) => oneOf(mode.trim(), CROP_MODES, 'crop'))
  if (modes.includes('top') && modes.includes('bottom')) throw new ImageParamError(`crop takes top or bottom, not both; got "${value}".`)
  if (modes.includes('left') && modes.includes('right')) throw new ImageParamError(`crop takes left or right, not both; got "${value}".`)
  return [...new Set(modes)]
}

function dimension(search: URLSearchParams, name: string): number | undefined {
  const value = search.get(name)
  if (value === null) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new ImageParamError(`${name} must be a whole number of pixels above 0; got "${value}".`)
  if (number > MAX_DIMENSION) throw new ImageParamError(`${name} must be at most ${MAX_DIMENSION} pixels; got ${number}.`)
  return number
}

function fraction(value: string, name: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new ImageParamError(`${name} must be a number from 0 to 1; got "${value}".`)
  return number
}

function oneOf<Value extends string>(value: string, allowed: readonly Value[], name: string): Value {
  if (!allowed.includes(value as Value)) throw new ImageParamError(`${name} must be one of ${allowed.join(', ')}; got "${value}".`)
  return value as Value
}
