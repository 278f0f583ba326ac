import type {Text} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'

/** A space or tab written as a character reference: `&#x20;`, `&#32;`, `&#x9;`, `&#9;`. */
const SPACE_REFERENCE = /^&#(?:x0*(?:20|9)|0*(?:32|9));/i
const SPACE_REFERENCE_AT_END = /&#(?:x0*(?:20|9)|0*(?:32|9));$/i

/**
 * Text. A soft line break (a newline inside a paragraph) is a space, as Markdown reads it.
 * Spaces at either end written as character references (`&#x20;`, as lossless Markdown
 * writes a paragraph's edge spaces) are kept, even at the start or end of a block.
 */
export const text: InlineHandler<Text> = (node, builder, state) => {
  const value = node.value.replace(/[\t ]*(?:\r\n|\r|\n)[\t ]*/g, ' ')
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (!state.source || start === undefined || end === undefined) return builder.text(value)
  const raw = state.source.slice(start, end)
  builder.text(value, {start: SPACE_REFERENCE.test(raw), end: SPACE_REFERENCE_AT_END.test(raw)})
}
