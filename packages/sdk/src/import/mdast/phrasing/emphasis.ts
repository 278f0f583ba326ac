import type {Emphasis} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** `*italics*`: the `em` decorator. */
export const emphasis: InlineHandler<Emphasis> = (node, builder) => {
  builder.withMark('em', () => builder.all(node.children))
}
