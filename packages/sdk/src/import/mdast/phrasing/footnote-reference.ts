import type {FootnoteReference} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** `[^1]`: kept as the text `[^1]`; the footnote itself becomes a paragraph where it is defined. */
export const footnoteReference: InlineHandler<FootnoteReference> = (node, builder, state) => {
  const label = node.label ?? node.identifier
  state.reporter.add('footnote', `The footnote mark [^${label}] was kept as text: the article has no footnotes.`, node)
  builder.text(`[^${label}]`)
}
