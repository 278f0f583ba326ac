/** Nesting deeper than this (quotes, list indents and `:::` containers together) is refused. */
export const MAX_NESTING = 64

/**
 * Whether Markdown nests deeper than `max` levels, estimated line by line (blockquote
 * markers, two spaces of indent per list level, open `:::` containers). The Markdown
 * parser's time grows with the square of the nesting: 3,000 nested containers take it
 * minutes, so such input is read as plain paragraphs instead (no real article nests so).
 */
export function nestsDeeperThan(source: string, max: number = MAX_NESTING): boolean {
  let containers = 0
  for (const line of source.split(/\r\n?|\n/)) {
    let rest = line.trimStart()
    const indent = line.length - rest.length
    let quotes = 0
    while (rest.startsWith('>')) {
      quotes++
      rest = rest.slice(1).trimStart()
    }
    if (/^:{3,}[A-Za-z]/.test(rest)) containers++
    else if (/^:{3,}\s*$/.test(rest)) containers = Math.max(0, containers - 1)
    if (quotes + Math.floor(indent / 2) + containers > max) return true
  }
  return false
}
