import type {Element} from 'hast'

/** What an element's tag or inline style says about bold, italics and underline (unset: inherited). */
export interface InlineFormat {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
}

/** Tags that set a format by themselves, before their inline style is read. */
const TAG_FORMAT: Record<string, InlineFormat> = {
  b: {bold: true},
  strong: {bold: true},
  i: {italic: true},
  em: {italic: true},
  cite: {italic: true},
  u: {underline: true},
  ins: {underline: true},
}

/**
 * The format `element` sets for its content: its tag (`<b>`, `<i>`, `<u>`, ...), then its
 * inline style, which wins (`font-weight:700|bold|600` and above is bold,
 * `normal|400|lighter` is not; `font-style:italic|oblique`; `text-decoration:underline`,
 * `line-through`, `none`). Google Docs' `<b style="font-weight:normal">` is therefore not bold.
 */
export function formatOf(element: Element): InlineFormat {
  const format: InlineFormat = {...TAG_FORMAT[element.tagName]}
  const style = element.properties.style
  if (typeof style !== 'string' || style === '') return format
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase()
    if (property === 'font-weight') {
      const bold = weightIsBold(value)
      if (bold !== undefined) format.bold = bold
    } else if (property === 'font-style') {
      if (/^(italic|oblique)\b/.test(value)) format.italic = true
      else if (value === 'normal') format.italic = false
    } else if (property === 'text-decoration' || property === 'text-decoration-line') {
      if (/\bunderline\b/.test(value)) format.underline = true
      if (/\bline-through\b/.test(value)) format.strike = true
      if (/^none\b/.test(value)) {
        format.underline = false
        format.strike = false
      }
    } else if (property === 'font') {
      // The shorthand: `font: italic bold 12px serif`.
      if (/\b(bold|bolder|[6-9]00)\b/.test(value)) format.bold = true
      if (/\b(italic|oblique)\b/.test(value)) format.italic = true
    }
  }
  return format
}

function weightIsBold(value: string): boolean | undefined {
  if (value === 'bold' || value === 'bolder') return true
  if (value === 'normal' || value === 'lighter') return false
  const weight = Number(value)
  return Number.isFinite(weight) ? weight >= 600 : undefined
}
