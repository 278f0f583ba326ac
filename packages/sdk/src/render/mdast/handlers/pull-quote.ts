import type {LeafDirective} from 'mdast-util-directive'

import {asText} from '../../lib/values.ts'
import type {PullQuoteBlock} from '../../portable-text.ts'
import type {ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * A pull quote, as the leaf directive `::pullquote[text]{attribution}`. The text is one
 * text node, line breaks included (a leaf directive's label is one line in Markdown, where
 * they are written as character references).
 */
export function pullQuote(value: PullQuoteBlock, state: ToMdastState): LeafDirective | undefined {
  const text = typeof value.text === 'string' ? value.text.replace(/\r\n?/g, '\n').trim() : ''
  if (text === '') {
    state.warn('pullQuote', 'the pull quote has no text; it was left out.')
    return undefined
  }
  const attribution = asText(value.attribution)?.trim()
  return {type: 'leafDirective', name: DIRECTIVES.pullQuote.name, attributes: attribution ? {attribution} : {}, children: [{type: 'text', value: text}]}
}
