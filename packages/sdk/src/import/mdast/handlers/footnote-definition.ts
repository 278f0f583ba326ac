import type {FootnoteDefinition} from 'mdast'

import type {FlowHandler} from '../state.ts'

/** A footnote: its content stays where it was defined, as ordinary blocks; reported. */
export const footnoteDefinition: FlowHandler<FootnoteDefinition> = (node, state) => {
  const label = node.label ?? node.identifier
  state.reporter.add('footnote', `The footnote [^${label}] became ordinary text where it was written: the article has no footnotes.`, node)
  return state.all(node.children)
}
