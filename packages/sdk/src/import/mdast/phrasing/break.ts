import type {Break} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** A hard line break: `\n` in the span's text. */
export const hardBreak: InlineHandler<Break> = (_node, builder) => {
  builder.text('\n')
}
