import type {TextElement} from './elements.ts'

/**
 * Gives headings their levels. Plain text has no levels, so they come from the clues it
 * keeps. The first is space: where headings stand after different numbers of blank lines,
 * more space marks a bigger section (the most space h2, then h3, then h4), as `toText`
 * writes it and as many plain-text documents are laid out. Where every heading has the
 * same space above it (most text pasted from a web page), the clue is which headings come
 * straight after one another:
 *
 * - a heading directly followed by another heading, with nothing in between, is a section
 *   heading (h2) and the ones directly after it go one level deeper (h3, then h4);
 * - a heading on its own (followed by a paragraph, list or picture) takes the level of the
 *   last heading of the most recent such run: so the short headings that follow
 *   "How to Rebuild" / "Acknowledge the Hurt" stay h3 under "How to Rebuild", up to the
 *   next section heading or the end;
 * - before any run, headings are h2.
 *
 * Returns new elements; the input is not changed.
 */
export function assignHeadingLevels(elements: readonly TextElement[], blankLines?: (line: number) => number): TextElement[] {
  const bySpace = blankLines ? levelsFromSpace(elements, blankLines) : undefined
  if (bySpace) return bySpace
  const result = [...elements]
  let lone: 2 | 3 | 4 = 2
  let index = 0
  while (index < result.length) {
    if (result[index]?.type !== 'heading') {
      index++
      continue
    }
    let end = index
    while (result[end + 1]?.type === 'heading') end++
    if (end === index) {
      result[index] = {...(result[index] as TextElement & {type: 'heading'}), depth: lone}
    } else {
      for (let at = index; at <= end; at++) {
        const depth = Math.min(4, 2 + (at - index)) as 2 | 3 | 4
        result[at] = {...(result[at] as TextElement & {type: 'heading'}), depth}
        lone = depth
      }
    }
    index = end + 1
  }
  return result
}

/**
 * Levels from the blank lines above each heading, when they differ: the largest gap is
 * h2, the next h3, the rest h4. A heading at the very start of the text (no gap to
 * measure) is h2. `undefined` when the gaps are all alike and say nothing.
 */
function levelsFromSpace(elements: readonly TextElement[], blankLines: (line: number) => number): TextElement[] | undefined {
  const gaps = elements.flatMap((element) => (element.type === 'heading' && element.line > 1 ? [blankLines(element.line)] : []))
  const distinct = [...new Set(gaps)].toSorted((a, b) => b - a)
  if (distinct.length < 2) return undefined
  return elements.map((element) => {
    if (element.type !== 'heading') return element
    const rank = element.line > 1 ? distinct.indexOf(blankLines(element.line)) : 0
    return {...element, depth: Math.min(4, 2 + rank) as 2 | 3 | 4}
  })
}

/** For each 1-based line of `text`, how many blank lines stand directly above it. */
export function blankLinesAbove(text: string): (line: number) => number {
  const lines = text.split(/\r\n|\r|\n/)
  const above: number[] = []
  let run = 0
  for (const line of lines) {
    above.push(run)
    run = line.trim() === '' ? run + 1 : 0
  }
  return (line) => above[line - 1] ?? 0
}
