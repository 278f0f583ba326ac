/** Small builders for the flat, calm SVG illustrations of the example dataset. */

/** A colour stop of a gradient: offset from 0 to 1 and a colour. */
export type Stop = readonly [offset: number, color: string]

/** A whole SVG document of the given pixel size. */
export function svgDocument(width: number, height: number, defs: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs}</defs>`,
    body,
    '</svg>',
  ].join('\n')
}

/** A gradient from top to bottom (or along the given direction), referenced as `url(#id)`. */
export function linearGradient(id: string, stops: readonly Stop[], direction = {x1: 0, y1: 0, x2: 0, y2: 1}): string {
  const {x1, y1, x2, y2} = direction
  const stopTags = stops.map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join('')
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopTags}</linearGradient>`
}

/** A radial gradient from the centre outwards, referenced as `url(#id)`. */
export function radialGradient(id: string, stops: readonly Stop[]): string {
  const stopTags = stops.map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join('')
  return `<radialGradient id="${id}">${stopTags}</radialGradient>`
}

/** A full-size rectangle, usually the sky or a wall. */
export function backdrop(width: number, height: number, fill: string): string {
  return `<rect x="0" y="0" width="${width}" height="${height}" fill="${fill}"/>`
}

/**
 * A band of gently rolling land filling everything below a wavy line: `y` is the mean
 * height of the line, `amplitude` how far it rises and falls, `waves` how many crests
 * span the width, `phase` shifts the crests (0 to 1).
 */
export function hills(
  width: number,
  height: number,
  line: {y: number; amplitude: number; waves: number; phase: number},
  fill: string,
): string {
  const steps = 48
  const points: string[] = []
  for (let i = 0; i <= steps; i++) {
    const x = (width * i) / steps
    const angle = ((i / steps) * line.waves + line.phase) * Math.PI * 2
    const y = line.y + Math.sin(angle) * line.amplitude
    points.push(`${round(x)},${round(y)}`)
  }
  return `<path d="M0,${height} L${points.join(' L')} L${width},${height} Z" fill="${fill}"/>`
}

/**
 * A speech bubble: a rounded rectangle with a small tail under its left or right end.
 */
export function bubble(
  box: {x: number; y: number; width: number; height: number; radius: number},
  tail: 'left' | 'right',
  fill: string,
  opacity = 1,
): string {
  const {x, y, width: w, height: h, radius: r} = box
  const bottom = y + h
  const tailPath =
    tail === 'left'
      ? `L${x + w * 0.32},${bottom} L${x + w * 0.14},${bottom + h * 0.28} L${x + w * 0.18},${bottom}`
      : `L${x + w * 0.82},${bottom} L${x + w * 0.86},${bottom + h * 0.28} L${x + w * 0.68},${bottom}`
  const d = [
    `M${x + r},${y}`,
    `L${x + w - r},${y} Q${x + w},${y} ${x + w},${y + r}`,
    `L${x + w},${bottom - r} Q${x + w},${bottom} ${x + w - r},${bottom}`,
    tailPath,
    `L${x + r},${bottom} Q${x},${bottom} ${x},${bottom - r}`,
    `L${x},${y + r} Q${x},${y} ${x + r},${y} Z`,
  ].join(' ')
  return `<path d="${d}" fill="${fill}" fill-opacity="${opacity}"/>`
}

/**
 * A person seen from behind, head and shoulders, sitting or standing at `(x, baseY)`
 * (the bottom of the shoulders), tilted by `lean` degrees.
 */
export function personFromBehind(x: number, baseY: number, scale: number, fill: string, lean = 0): string {
  const s = scale
  const body = [
    `M${x - 62 * s},${baseY}`,
    `C${x - 62 * s},${baseY - 70 * s} ${x - 50 * s},${baseY - 118 * s} ${x},${baseY - 122 * s}`,
    `C${x + 50 * s},${baseY - 118 * s} ${x + 62 * s},${baseY - 70 * s} ${x + 62 * s},${baseY} Z`,
  ].join(' ')
  const head = `<circle cx="${x}" cy="${baseY - 160 * s}" r="${36 * s}"/>`
  return `<g fill="${fill}" transform="rotate(${lean} ${x} ${baseY})"><path d="${body}"/>${head}</g>`
}

/** A number with at most two decimals, so the SVG text is short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}
