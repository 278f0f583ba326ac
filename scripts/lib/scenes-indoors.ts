/** Indoor scenes, the map, the portrait and the logo of the example dataset. */
import {backdrop, bubble, linearGradient, personFromBehind, radialGradient, svgDocument} from './svg.ts'

/** Rounded bars standing for lines of text inside a speech bubble. */
function textLines(x: number, y: number, widths: number[]): string {
  return widths.map((w, i) => `<rect x="${x}" y="${y + i * 46}" width="${w}" height="18" rx="9"/>`).join('')
}

/** A steaming mug whose rim's left end is at `x`. */
function mug(x: number, color: string): string {
  return [
    `<path d="M${x},560 L${x + 150},560 L${x + 140},720 Q${x + 136},750 ${x + 106},750 L${x + 44},750 Q${x + 14},750 ${x + 10},720 Z" fill="${color}"/>`,
    `<path d="M${x + 148},600 q60,10 40,70 q-10,26 -46,28" fill="none" stroke="${color}" stroke-width="18"/>`,
    `<path d="M${x + 50},520 q-24,-40 0,-80 q24,-40 0,-80 M${x + 100},520 q-24,-40 0,-80" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="8" stroke-linecap="round"/>`,
  ].join('')
}

/** Two overlapping speech bubbles: a conversation in which both are heard. */
export function twoBubbles(width: number, height: number): string {
  const defs = linearGradient('bg', [[0, '#eef1f2'], [1, '#f4ebe1']], {x1: 0, y1: 0, x2: 1, y2: 1})
  const body = [
    backdrop(width, height, 'url(#bg)'),
    bubble({x: 300, y: 200, width: 620, height: 360, radius: 70}, 'left', '#8fa9c2', 0.9),
    bubble({x: 700, y: 330, width: 600, height: 340, radius: 70}, 'right', '#e3b396', 0.85),
    `<g fill="#f7f4ee" fill-opacity="0.85">${textLines(380, 280, [380, 300, 200])}${textLines(800, 420, [400, 320, 240])}</g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** Two mugs on a table by an evening window. */
export function twoMugs(width: number, height: number): string {
  const defs = linearGradient('window', [[0, '#9fb3ca'], [1, '#ecc9ab']])
  const body = [
    backdrop(width, height, '#efe4d6'),
    `<rect x="900" y="110" width="520" height="440" rx="10" fill="#8b7b6e"/>`,
    `<rect x="924" y="134" width="472" height="392" fill="url(#window)"/>`,
    `<rect x="1152" y="134" width="16" height="392" fill="#8b7b6e"/><rect x="924" y="322" width="472" height="16" fill="#8b7b6e"/>`,
    `<circle cx="1300" cy="210" r="34" fill="#f8ecd0"/>`,
    `<rect x="0" y="740" width="${width}" height="${height - 740}" fill="#b58d6e"/>`,
    `<rect x="0" y="740" width="${width}" height="18" fill="#9c7658"/>`,
    mug(440, '#7f9bb6'),
    mug(720, '#d59a7c'),
    `<path d="M1180,740 L1200,650 L1300,650 L1320,740 Z" fill="#c47f66"/>`,
    `<g fill="#7d9a7c"><ellipse cx="1220" cy="610" rx="26" ry="60" transform="rotate(-25 1220 610)"/><ellipse cx="1280" cy="600" rx="26" ry="64" transform="rotate(22 1280 600)"/><ellipse cx="1250" cy="580" rx="22" ry="70"/></g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** A consulting-room door, slightly open, warm light beyond it, a plant beside it. */
export function openDoor(width: number, height: number): string {
  const defs = linearGradient('light', [[0, '#fbe9c4'], [1, '#f3d29b']], {x1: 0, y1: 0, x2: 1, y2: 0})
  const body = [
    backdrop(width, height, '#e9e1d6'),
    `<rect x="0" y="760" width="${width}" height="${height - 760}" fill="#cdb9a1"/>`,
    `<ellipse cx="800" cy="820" rx="360" ry="46" fill="#b7a089"/>`,
    `<rect x="620" y="150" width="360" height="610" fill="#8a7a6b"/>`,
    `<rect x="640" y="170" width="320" height="590" fill="url(#light)"/>`,
    `<path d="M640,170 L860,200 L860,740 L640,760 Z" fill="#5f7a8a"/>`,
    `<circle cx="830" cy="470" r="12" fill="#e9d3a4"/>`,
    `<path d="M960,760 L1010,760 L1120,860 L980,860 Z" fill="#f6e2b8" fill-opacity="0.5"/>`,
    `<path d="M1180,760 L1200,660 L1300,660 L1320,760 Z" fill="#b8705e"/>`,
    `<g fill="#7c9a7d"><ellipse cx="1210" cy="580" rx="30" ry="90" transform="rotate(-28 1210 580)"/><ellipse cx="1290" cy="570" rx="30" ry="96" transform="rotate(26 1290 570)"/><ellipse cx="1250" cy="540" rx="26" ry="110"/></g>`,
    `<circle cx="460" cy="330" r="40" fill="#f4dfb3"/><rect x="452" y="370" width="16" height="40" fill="#a8968a"/>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** A simple street map with a pin on one block. */
export function mapPin(width: number, height: number): string {
  const defs = radialGradient('shadow', [[0, '#8a8f88'], [1, '#eef0ea']])
  const streets: string[] = []
  for (let x = 120; x < width; x += 220) streets.push(`<line x1="${x}" y1="0" x2="${x}" y2="${height}"/>`)
  for (let y = 100; y < height; y += 200) streets.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}"/>`)
  const body = [
    backdrop(width, height, '#e8ebe3'),
    `<rect x="360" y="320" width="200" height="160" fill="#c5d6bd"/>`,
    `<path d="M0,650 C300,600 500,720 800,660 C1000,620 1100,690 ${width},660 L${width},720 C1100,750 1000,690 800,720 C500,780 300,660 0,710 Z" fill="#b3cad6"/>`,
    `<g stroke="#fbfaf6" stroke-width="22">${streets.join('')}<line x1="0" y1="780" x2="${width}" y2="60"/></g>`,
    `<ellipse cx="700" cy="456" rx="60" ry="16" fill="url(#shadow)"/>`,
    `<path d="M700,450 C640,370 600,330 600,270 A100,100 0 1 1 800,270 C800,330 760,370 700,450 Z" fill="#d2826a"/>`,
    `<circle cx="700" cy="270" r="38" fill="#fbf3ea"/>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** An abstract head-and-shoulders silhouette standing in for a photo of the sample author. */
export function silhouettePortrait(width: number, height: number): string {
  const defs = radialGradient('halo', [[0, '#eef2f4'], [0.7, '#d7e1e8'], [1, '#c8d5df']])
  const body = [
    backdrop(width, height, '#c8d5df'),
    `<circle cx="${width / 2}" cy="${height / 2}" r="${width * 0.46}" fill="url(#halo)"/>`,
    personFromBehind(width / 2, height + 40, 3.1, '#5b6b7d'),
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/**
 * The practice mark: two overlapping speech bubbles, opaque, on a transparent ground;
 * the overlap is painted in a colour between the two.
 */
export function practiceMark(width: number, height: number): string {
  const back = {x: 40, y: 70, width: 300, height: 220, radius: 60}
  const front = {x: 172, y: 170, width: 300, height: 220, radius: 60}
  const defs = `<clipPath id="front">${bubble(front, 'right', '#000000')}</clipPath>`
  const body = [
    bubble(back, 'left', '#7fa08a'),
    bubble(front, 'right', '#d9967a'),
    `<g clip-path="url(#front)">${bubble(back, 'left', '#ac9b80')}</g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}
