import type {Text} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** Text. A soft line break (a newline inside a paragraph) is a space, as Markdown reads it. */
export const text: InlineHandler<Text> = (node, builder) => {
  builder.text(node.value.replace(/[\t ]*(?:\r\n|\r|\n)[\t ]*/g, ' '))
}
