/** Outdoor scenes for the example dataset: calm landscapes drawn with flat shapes. */
import {backdrop, hills, linearGradient, personFromBehind, svgDocument} from './svg.ts'

/** Two people on a park bench, seen from behind, watching the sun go down. */
export function benchAtSunset(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#f3e4d6'], [0.55, '#efc9b0'], [1, '#e3ad97']])
  const benchY = 700
  const body = [
    backdrop(width, height, 'url(#sky)'),
    `<circle cx="${width * 0.5}" cy="560" r="150" fill="#f6d596"/>`,
    hills(width, height, {y: 560, amplitude: 26, waves: 1.4, phase: 0.1}, '#c9b3bf'),
    hills(width, height, {y: 640, amplitude: 30, waves: 1.1, phase: 0.55}, '#a9b8a3'),
    hills(width, height, {y: 770, amplitude: 14, waves: 0.8, phase: 0.3}, '#6f8a79'),
    personFromBehind(width * 0.5 - 90, benchY, 1, '#3e4857', 6),
    personFromBehind(width * 0.5 + 90, benchY, 0.94, '#4a5566', -7),
    `<g fill="#5a4a42">`,
    `<rect x="${width * 0.5 - 250}" y="${benchY - 40}" width="500" height="20" rx="6"/>`,
    `<rect x="${width * 0.5 - 250}" y="${benchY - 4}" width="500" height="20" rx="6"/>`,
    `<rect x="${width * 0.5 - 230}" y="${benchY + 16}" width="16" height="70" rx="4"/>`,
    `<rect x="${width * 0.5 + 214}" y="${benchY + 16}" width="16" height="70" rx="4"/>`,
    `</g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** A small house behind a low garden fence, its gate open onto a path. */
export function houseBehindFence(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#e4ede8'], [1, '#f6efe3']])
  const posts: string[] = []
  for (let x = 40; x < width; x += 56) {
    if (x > 700 && x < 900) continue
    posts.push(`<rect x="${x}" y="690" width="22" height="120" rx="6"/>`)
  }
  const body = [
    backdrop(width, height, 'url(#sky)'),
    `<circle cx="1290" cy="210" r="90" fill="#f4dcaa"/>`,
    hills(width, height, {y: 560, amplitude: 34, waves: 1.2, phase: 0.7}, '#bccbb5'),
    hills(width, height, {y: 640, amplitude: 18, waves: 0.9, phase: 0.2}, '#9fb59c'),
    `<path d="M760,${height} C780,800 860,700 980,600 L1010,600 C930,700 900,800 900,${height} Z" fill="#e8dcc5"/>`,
    `<rect x="930" y="430" width="300" height="200" fill="#efe3d0"/>`,
    `<path d="M900,440 L1080,320 L1260,440 Z" fill="#b8705e"/>`,
    `<rect x="980" y="520" width="60" height="110" rx="4" fill="#6c7f8f"/>`,
    `<rect x="1110" y="480" width="70" height="60" rx="4" fill="#f4d899"/>`,
    `<g fill="#f8f4ec">${posts.join('')}`,
    `<rect x="0" y="720" width="712" height="16" rx="4"/><rect x="0" y="770" width="712" height="16" rx="4"/>`,
    `<rect x="894" y="720" width="${width - 894}" height="16" rx="4"/><rect x="894" y="770" width="${width - 894}" height="16" rx="4"/>`,
    `<path d="M712,700 L760,740 L760,820 L712,800 Z"/>`,
    `</g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** A cairn of balanced stones on a quiet shore. */
export function balancedStones(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#dde7ec'], [1, '#f3ece2']])
  const cx = width / 2
  const body = [
    backdrop(width, height, 'url(#sky)'),
    `<rect x="0" y="520" width="${width}" height="200" fill="#b9cbd4"/>`,
    `<g stroke="#e3ecf0" stroke-width="6" stroke-linecap="round">`,
    `<line x1="180" y1="580" x2="420" y2="580"/><line x1="1100" y1="560" x2="1400" y2="560"/><line x1="600" y1="640" x2="760" y2="640"/>`,
    `</g>`,
    hills(width, height, {y: 720, amplitude: 16, waves: 0.7, phase: 0.15}, '#dcccb3'),
    `<ellipse cx="${cx}" cy="760" rx="230" ry="22" fill="#c7b69c"/>`,
    `<ellipse cx="${cx}" cy="712" rx="210" ry="58" fill="#8d8f8c"/>`,
    `<ellipse cx="${cx - 10}" cy="618" rx="160" ry="46" fill="#b4a89a"/>`,
    `<ellipse cx="${cx + 12}" cy="540" rx="112" ry="38" fill="#6f7b85"/>`,
    `<ellipse cx="${cx - 4}" cy="474" rx="72" ry="30" fill="#c9b9a3"/>`,
    `<ellipse cx="${cx + 6}" cy="424" rx="40" ry="22" fill="#9aa6a0"/>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** The sun rising over layered hills, two birds crossing the sky. */
export function sunrise(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#fbeed6'], [0.6, '#f6d2b4'], [1, '#efb9a0']])
  const body = [
    backdrop(width, height, 'url(#sky)'),
    `<circle cx="${width * 0.38}" cy="600" r="190" fill="#f9dc9c"/>`,
    hills(width, height, {y: 600, amplitude: 30, waves: 1.6, phase: 0.4}, '#b7c4d4'),
    hills(width, height, {y: 680, amplitude: 34, waves: 1.2, phase: 0.85}, '#8ea5bb'),
    hills(width, height, {y: 780, amplitude: 22, waves: 0.9, phase: 0.1}, '#5f7891'),
    `<g fill="none" stroke="#6a6f80" stroke-width="5" stroke-linecap="round">`,
    `<path d="M1040,250 q22,-18 44,0 q22,-18 44,0"/><path d="M1150,300 q16,-13 32,0 q16,-13 32,0"/>`,
    `</g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** A path winding through a meadow toward distant hills. */
export function windingPath(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#e6eef2'], [1, '#f5efe2']])
  const body = [
    backdrop(width, height, 'url(#sky)'),
    hills(width, height, {y: 330, amplitude: 28, waves: 1.3, phase: 0.2}, '#c3cfd8'),
    hills(width, height, {y: 390, amplitude: 22, waves: 1.0, phase: 0.6}, '#b2c5a6'),
    hills(width, height, {y: 470, amplitude: 12, waves: 0.8, phase: 0.35}, '#9cb58f'),
    `<path d="M470,${height} C520,690 820,640 760,560 C710,500 560,500 600,440 C620,410 660,400 680,396 L696,398 C676,408 650,420 640,444 C610,500 800,510 840,560 C900,650 700,700 780,${height} Z" fill="#eadfc6"/>`,
    `<g fill="#7f9a7a"><circle cx="240" cy="430" r="46"/><circle cx="300" cy="450" r="34"/><circle cx="960" cy="420" r="40"/></g>`,
    `<g fill="#6b5d52"><rect x="236" y="466" width="8" height="40"/><rect x="956" y="452" width="8" height="36"/></g>`,
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}

/** Soft overlapping waves, a purely decorative divider. */
export function softWaves(width: number, height: number): string {
  const defs = linearGradient('sky', [[0, '#f5efe6'], [1, '#ece3d6']])
  const body = [
    backdrop(width, height, 'url(#sky)'),
    hills(width, height, {y: 330, amplitude: 40, waves: 1.5, phase: 0.0}, '#d9c7b4'),
    hills(width, height, {y: 430, amplitude: 44, waves: 1.2, phase: 0.3}, '#bcc9c6'),
    hills(width, height, {y: 540, amplitude: 38, waves: 1.7, phase: 0.6}, '#95acb4'),
    hills(width, height, {y: 650, amplitude: 30, waves: 1.1, phase: 0.9}, '#6f8795'),
  ]
  return svgDocument(width, height, defs, body.join('\n'))
}
