import type {Heading} from 'mdast'

import {toPlainText} from '../plain-text.ts'
import type {FlowHandler} from '../state.ts'

const STYLES = {1: 'h2', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h4', 6: 'h4'} as const

/**
 * A heading: depth 2 to 4 become `h2` to `h4`. An article's only level 1 heading is its
 * title, so a level 1 heading in the body becomes `h2`; levels 5 and 6 become `h4`. Both
 * are reported.
 */
export const heading: FlowHandler<Heading> = (node, state) => {
  const style = STYLES[node.depth]
  if (node.depth === 1 || node.depth > 4) {
    const text = toPlainText(node.children, state.source).text
    state.reporter.add(
      'heading-level',
      node.depth === 1
        ? `A level 1 heading became h2: the article's title is its only level 1 heading.`
        : `A level ${node.depth} heading became h4, the smallest heading an article has.`,
      node,
      text || undefined,
    )
  }
  return state.inline(node.children, {style})
}
