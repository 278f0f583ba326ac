import type {Blockquote} from 'mdast'

import type {ImportedBlock} from '../../types.ts'
import type {FlowHandler} from '../state.ts'

/**
 * A quote: each paragraph in it is a `blockquote` block. Anything else in it (a list, a
 * heading, a quote in a quote) is taken out of the quote and reported.
 */
export const blockquote: FlowHandler<Blockquote> = (node, state) => {
  const blocks: ImportedBlock[] = []
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      blocks.push(...state.inline(child.children, {style: 'blockquote'}))
    } else if (child.type === 'blockquote') {
      state.reporter.add('quote-content', 'A quote inside a quote became part of the outer quote.', child)
      blocks.push(...blockquote(child, state))
    } else {
      state.reporter.add('quote-content', `A quote held a ${child.type}: it was taken out of the quote.`, child)
      blocks.push(...state.one(child))
    }
  }
  return blocks
}
