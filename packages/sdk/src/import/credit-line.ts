import type {CreditFields} from './mdast/image-data.ts'

/** Photo libraries a credit line may name alone ("Image: Unsplash"). */
const KNOWN_SOURCES = /^(?:unsplash|pexels|pixabay|getty images|istock(?:photo)?|shutterstock|adobe stock|canva|freepik|wikimedia commons|flickr)$/i

/** "Photo by", "Image:", "Photo credit:", "Illustration by", "Credit:" and the like, at the start. */
const CREDIT_START = /^(?:(?:photo(?:graph)?|image|picture|illustration|artwork)(?:\s+credits?)?\s*(?:by\b|:)|credits?\s*:)\s*/i

/** The longest line read as a credit line. */
const CREDIT_MAX = 160

/**
 * Reads a picture credit line: "Photo by Jane Doe from Unsplash", "Image: Jane Doe / Pexels",
 * "Photo: Jane Doe, Unsplash", "Photo credit: Unsplash". Gives the photographer's `name`
 * and the `source` (the site or collection), or undefined when the line is not a credit.
 *
 * @example
 * ```ts
 * parseCreditLine('Photo by Jane Doe from Unsplash') // {name: 'Jane Doe', source: 'Unsplash'}
 * ```
 */
export function parseCreditLine(line: string): CreditFields | undefined {
  const text = line.trim().replace(/\.$/, '')
  if (text.length > CREDIT_MAX) return undefined
  const start = CREDIT_START.exec(text)
  if (!start) return undefined
  const rest = text.slice(start[0].length).trim()
  if (rest === '') return undefined
  const split = /\s+(?:from|on|via|at)\s+|\s*[/|]\s*|,\s+/i.exec(rest)
  if (split) {
    const name = rest.slice(0, split.index).trim()
    const source = rest.slice(split.index + split[0].length).trim()
    return creditOf(name, source)
  }
  return KNOWN_SOURCES.test(rest) ? creditOf('', rest) : creditOf(rest, '')
}

/**
 * Splits a caption that ends with a credit ("A quiet lake. Photo by Jane Doe on Unsplash",
 * "A quiet lake — Photo: Jane Doe, Unsplash") into the caption and the credit.
 */
export function splitCaptionAndCredit(text: string): {caption?: string; credit?: CreditFields} {
  const whole = text.trim()
  const credit = parseCreditLine(whole)
  if (credit) return {credit}
  const pattern = /(?:[.!?]\s+|\s+[—–|-]\s+)(?=(?:photo|image|picture|illustration|artwork|credits?)\b)/gi
  for (const match of whole.matchAll(pattern)) {
    const tail = parseCreditLine(whole.slice(match.index + match[0].length))
    if (!tail) continue
    const caption = whole.slice(0, match.index + (/^[.!?]/.test(match[0]) ? 1 : 0)).trim()
    return caption ? {caption, credit: tail} : {credit: tail}
  }
  return whole ? {caption: whole} : {}
}

function creditOf(name: string, source: string): CreditFields | undefined {
  const fields: CreditFields = {}
  if (name) fields.name = name
  if (source) fields.source = source
  return fields.name || fields.source ? fields : undefined
}
