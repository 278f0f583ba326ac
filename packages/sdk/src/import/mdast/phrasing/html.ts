import type {Html} from 'mdast'

import {shorten} from '../../report.ts'
import type {InlineHandler} from '../inline-builder.ts'

/** `<br>` in any spelling. */
const LINE_BREAK = /^<br\s*\/?>$/i

/** Inline HTML: `<br>` is a line break; anything else is dropped (never kept, never run) and reported. */
export const html: InlineHandler<Html> = (node, builder, state) => {
  if (LINE_BREAK.test(node.value.trim())) {
    builder.text('\n')
    return
  }
  state.reporter.add('raw-html', 'HTML inside the text was dropped; the text around it was kept.', node, shorten(node.value))
}
