/** Nesting deeper than this (quotes, list indents and `:::` containers together) is refused. */
export const MAX_NESTING = 64

/** A list item's marker (CommonMark: `-`, `+`, `*`, or up to nine digits and `.` or `)`), then a space or the line's end. */
const LIST_MARKER = /^(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/

/** A thematic break (`- - -`, `***`): markers, but no list. */
const THEMATIC_BREAK = /^(?:([*_-])[ \t]*)(?:\1[ \t]*){2,}$/

/**
 * Whether Markdown nests deeper than `max` levels, estimated line by line (blockquote
 * and list markers, two spaces of indent per list level, open `:::` containers). The Markdown
 * parser's time grows with the square of the nesting: 3,000 nested containers take it
 * minutes, so such input is read as plain paragraphs instead (no real article nests so).
 */
export function nestsDeeperThan(source: string, max: number = MAX_NESTING): boolean {
  let containers = 0
  for (const line of source.split(/\r\n?|\n/)) {
    let rest = line.trimStart()
    // A blank line nests nothing, however many spaces it holds (front matter is blanked to spaces).
    if (rest === '') continue
    const indent = line.length - rest.length
    // Quote markers and list markers opening on the same line (`> - 1. - x`) nest too.
    let markers = 0
    for (;;) {
      if (THEMATIC_BREAK.test(rest)) break
      const marker = rest.startsWith('>') ? '>' : LIST_MARKER.exec(rest)?.[0]
      if (marker === undefined) break
      // Stop as soon as the line is too deep: never a pass per marker over a long line.
      if (++markers + Math.floor(indent / 2) + containers > max) return true
      rest = rest.slice(marker.length).trimStart()
    }
    if (/^:{3,}[A-Za-z]/.test(rest)) containers++
    else if (/^:{3,}\s*$/.test(rest)) containers = Math.max(0, containers - 1)
    if (markers + Math.floor(indent / 2) + containers > max) return true
  }
  return false
}

/** Per paragraph: brackets open at once (links, pictures, text directives inside each other). */
export const MAX_BRACKET_DEPTH = 64
/** Per paragraph: `[` in all (each a possible link or picture the parser tries to close). */
export const MAX_BRACKETS = 1000
/** Per paragraph: emphasis and strikethrough markers (`*`, `_`, `~`) in all. */
export const MAX_EMPHASIS_MARKS = 2000

/**
 * What in a paragraph's inline content makes the Markdown parser slow, or `undefined`:
 * brackets nested more than {@link MAX_BRACKET_DEPTH} deep, more than {@link MAX_BRACKETS}
 * brackets, or more than {@link MAX_EMPHASIS_MARKS} emphasis markers in one paragraph.
 * The parser (micromark with GFM and directives) matches openers and closers with a
 * search back over the paragraph: 2,000 nested `[` take it 0.7 s, 20,000 `:link[` 19 s,
 * 8,000 `*` 1.5 s. No article comes near these. Paragraphs are parted by blank lines;
 * fenced code, thematic breaks and escaped characters are not counted.
 */
export function inlineTooDense(source: string): string | undefined {
  let depth = 0
  let brackets = 0
  let marks = 0
  let fence: string | undefined
  for (const line of source.split(/\r\n?|\n/)) {
    const trimmed = line.trimStart()
    const opens = /^(`{3,}|~{3,})/.exec(trimmed)?.[1]
    if (fence !== undefined) {
      if (opens && opens[0] === fence[0] && opens.length >= fence.length && trimmed.slice(opens.length).trim() === '') fence = undefined
      continue
    }
    if (opens) {
      fence = opens
      continue
    }
    if (trimmed === '') {
      depth = brackets = marks = 0
      continue
    }
    if (THEMATIC_BREAK.test(trimmed)) continue
    for (let index = 0; index < line.length; index++) {
      const char = line[index]
      if (char === '\\') index++
      else if (char === '[') {
        if (++depth > MAX_BRACKET_DEPTH) return `brackets nested more than ${MAX_BRACKET_DEPTH} deep`
        if (++brackets > MAX_BRACKETS) return `more than ${MAX_BRACKETS} brackets in one paragraph`
      } else if (char === ']') depth = Math.max(0, depth - 1)
      else if ((char === '*' || char === '_' || char === '~') && ++marks > MAX_EMPHASIS_MARKS) return `more than ${MAX_EMPHASIS_MARKS} emphasis marks in one paragraph`
    }
  }
  return undefined
}
