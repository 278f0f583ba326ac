/** A crop as Sanity stores it: the fraction (0 to 1) cut from each side. */
export interface ImageCrop {
  top?: number
  bottom?: number
  left?: number
  right?: number
}

/** A hotspot as Sanity stores it: centre and size, as fractions (0 to 1) of the image. */
export interface ImageHotspot {
  x?: number
  y?: number
  height?: number
  width?: number
}

/** A box in the original's pixels. */
export interface PixelRect {
  left: number
  top: number
  width: number
  height: number
}

/** The picture's own crop in pixels, rounded as `@sanity/image-url` 2.1.1 rounds it; the whole picture without one. */
export function cropRect(crop: ImageCrop | null | undefined, original: {width: number; height: number}): PixelRect {
  const {width, height} = original
  const left = Math.round((crop?.left ?? 0) * width)
  const top = Math.round((crop?.top ?? 0) * height)
  return {
    left,
    top,
    width: Math.round(width - (crop?.right ?? 0) * width - left),
    height: Math.round(height - (crop?.bottom ?? 0) * height - top),
  }
}

/**
 * The largest box of `aspect` (width / height) inside `crop`, centred on the hotspot and
 * kept within the crop: `@sanity/image-url` 2.1.1's `fit` step, line for line.
 */
export function hotspotRect(
  crop: PixelRect,
  hotspot: ImageHotspot | null | undefined,
  original: {width: number; height: number},
  aspect: number,
): PixelRect {
  const x = (hotspot?.x ?? 0.5) * original.width
  const y = (hotspot?.y ?? 0.5) * original.height
  const halfWidth = ((hotspot?.width ?? 1) * original.width) / 2
  const halfHeight = ((hotspot?.height ?? 1) * original.height) / 2
  if (crop.width / crop.height > aspect) {
    // The crop is wider than the box: cut from the sides.
    const height = Math.round(crop.height)
    const width = Math.round(height * aspect)
    const top = Math.max(0, Math.round(crop.top))
    const centre = Math.round((x + halfWidth - (x - halfWidth)) / 2 + (x - halfWidth))
    let left = Math.max(0, Math.round(centre - width / 2))
    if (left < crop.left) left = crop.left
    else if (left + width > crop.left + crop.width) left = crop.left + crop.width - width
    return {left, top, width, height}
  }
  // The crop is taller than the box: cut from top and bottom.
  const width = crop.width
  const height = Math.round(width / aspect)
  const left = Math.max(0, Math.round(crop.left))
  const centre = Math.round((y + halfHeight - (y - halfHeight)) / 2 + (y - halfHeight))
  let top = Math.max(0, Math.round(centre - height / 2))
  if (top < crop.top) top = crop.top
  else if (top + height > crop.top + crop.height) top = crop.top + crop.height - height
  return {left, top, width, height}
}
