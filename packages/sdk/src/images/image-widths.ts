/** The widths, in pixels, every `srcset` of the SDK offers by default (`srcset` and the renderers). */
export const IMAGE_WIDTHS: readonly number[] = [320, 640, 960, 1280, 1600, 1920]

/**
 * The widths to offer for an image `original` pixels wide: each of `widths` not above it,
 * plus the original width itself when it lies below the largest (so a 1200-pixel image
 * offers 320, 640, 960 and 1200). All of `widths` when the original width is unknown.
 */
export function srcsetWidths(original: number | undefined, widths: readonly number[] = IMAGE_WIDTHS): number[] {
  const sorted = [...new Set(widths)].toSorted((a, b) => a - b)
  if (original === undefined) return sorted
  const fitting = sorted.filter((width) => width <= original)
  const largest = sorted[sorted.length - 1]
  if (largest !== undefined && original < largest && !fitting.includes(original)) fitting.push(original)
  return fitting
}
