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
