import type {Code} from 'mdast'

import type {FlowHandler} from '../state.ts'

/** A code block: the article has none, so it becomes a paragraph in the `code` style. */
export const code: FlowHandler<Code> = (node, state) => {
  state.reporter.add(
    'code-block',
    `A code block${node.lang ? ` (${node.lang})` : ''} became a paragraph in the code style: the article has no code blocks.`,
    node,
  )
  return state.inline([{type: 'inlineCode', value: node.value}], {style: 'normal'})
}
