import type {Delete} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** `~~struck~~`: the text stays, without the strike (the schema has no such decorator). */
export const strikethrough: InlineHandler<Delete> = (node, builder, state) => {
  state.reporter.add('strikethrough', 'Struck-through text was kept as plain text: the article has no strikethrough.', node)
  builder.all(node.children)
}
