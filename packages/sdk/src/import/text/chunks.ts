/** A run of non-blank lines: a paragraph, a heading, a list, as pasted. */
export interface Chunk {
  /** The lines, with odd spaces made plain and trailing space removed. */
  lines: string[]
  /** 1-based line of the first of them in the input. */
  line: number
}

/** No-break and other wide spaces web pages are full of; they become plain spaces. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
/** Zero-width characters and the byte-order mark; they are removed. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

/**
 * Splits pasted text into chunks at blank lines (lines of nothing but spaces count as
 * blank). No-break spaces become plain spaces and invisible characters go, so that
 * "Professional\u00a0" and "Professional" read alike.
 */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = []
  let current: Chunk | undefined
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trimEnd()
    if (line.trim() === '') {
      current = undefined
      return
    }
    if (!current) {
      current = {lines: [], line: index + 1}
      chunks.push(current)
    }
    current.lines.push(line)
  })
  return chunks
}

/** Collapses runs of white space to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
