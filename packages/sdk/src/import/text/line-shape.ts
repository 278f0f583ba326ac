/** The most words a heading (or alt text line) is read as having. */
export const HEADING_MAX_WORDS = 12
/** The most characters a heading is read as having. */
export const HEADING_MAX_LENGTH = 100

/** Closing quotes and brackets, looked past when checking how a line ends. */
const CLOSERS = /["'”’»)\]]+$/u

/** The words of a line. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Whether a line ends a sentence or a clause: its last character (past closing quotes
 * and brackets) is `.`, `,`, `;`, `:`, `!` or `…`. A question mark ends a sentence too,
 * unless the line is a question of three words or more, which can be a heading.
 */
export function endsWithPunctuation(text: string): boolean {
  const bare = text.trim().replace(CLOSERS, '')
  const last = bare.at(-1) ?? ''
  if (/[.,;:!…]/.test(last)) return true
  if (last === '?') return wordCount(bare) < 3
  return false
}

/**
 * Whether a line is short and without final punctuation: what a heading, an image's alt
 * text or a site's name looks like once the markup is gone.
 */
export function isShortLine(text: string): boolean {
  const trimmed = text.trim()
  return (
    trimmed.length > 0 &&
    trimmed.length <= HEADING_MAX_LENGTH &&
    wordCount(trimmed) <= HEADING_MAX_WORDS &&
    /\p{L}/u.test(trimmed) &&
    !trimmed.startsWith('(') &&
    !endsWithPunctuation(trimmed)
  )
}

/** Whether a short line can be a heading: it starts with a capital letter or a digit (past an opening quote). */
export function startsLikeHeading(text: string): boolean {
  return /^["'“‘«]?[\p{Lu}\p{Lt}\p{N}]/u.test(text.trim())
}

/** A bullet or number at the start of a line: `- `, `* `, `• `, `1. `, `1) `. */
export interface ListMarker {
  ordered: boolean
  /** The number of a numbered item; 1 for a bullet. */
  number: number
  /** Spaces before the marker (a tab counts as four). */
  indent: number
  /** The item's text after the marker. */
  text: string
}

const LIST_MARKER = /^([\t ]*)(?:([-*•◦▪‣])|(\d{1,3})[.)])[\t ]+(\S.*)$/u

/** The list marker a line starts with, if it starts with one. */
export function listMarker(line: string): ListMarker | undefined {
  const match = LIST_MARKER.exec(line)
  if (!match) return undefined
  const indent = (match[1] ?? '').replace(/\t/g, '    ').length
  return {ordered: match[3] !== undefined, number: match[3] === undefined ? 1 : Number(match[3]), indent, text: match[4] ?? ''}
}
