import type {Strong} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** `**bold**`: the `strong` decorator. */
export const strong: InlineHandler<Strong> = (node, builder) => {
  builder.withMark('strong', () => builder.all(node.children))
}
