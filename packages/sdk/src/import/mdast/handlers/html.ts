import type {Html} from 'mdast'

import {shorten} from '../../report.ts'
import type {FlowHandler} from '../state.ts'

/** HTML between paragraphs: dropped (never kept, never run) and reported with what it was. */
export const html: FlowHandler<Html> = (node, state) => {
  state.reporter.add('raw-html', 'HTML in the Markdown was dropped: the article keeps no raw HTML.', node, shorten(node.value))
  return []
}
