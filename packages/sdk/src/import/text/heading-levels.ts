import type {TextElement} from './elements.ts'

/**
 * Gives headings their levels. Plain text has no levels, so they come from the only clue
 * it keeps, which headings come straight after one another:
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
export function assignHeadingLevels(elements: readonly TextElement[]): TextElement[] {
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
