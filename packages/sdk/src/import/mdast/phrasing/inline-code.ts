import type {InlineCode} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** `` `code` ``: the `code` decorator. */
export const inlineCode: InlineHandler<InlineCode> = (node, builder) => {
  builder.withMark('code', () => builder.text(node.value))
}
