import type {ThematicBreak} from 'mdast'

import type {FlowHandler} from '../state.ts'

/** A horizontal rule: the article has none; reported, so the editor can add a heading instead. */
export const thematicBreak: FlowHandler<ThematicBreak> = (node, state) => {
  state.reporter.add('thematic-break', 'A horizontal rule was dropped: the article has none (a heading can mark the change).', node)
  return []
}
