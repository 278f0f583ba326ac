import {asString, asText} from '../../lib/values.ts'
import type {PullQuoteBlock} from '../../portable-text.ts'
import type {PullQuoteNode} from '../nodes.ts'
import {textPhrasing} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'

/** A pull quote: its text (line breaks kept) and, when given, who said it. */
export function pullQuote(value: PullQuoteBlock, state: ToMdastState): PullQuoteNode | undefined {
  const text = asString(value.text)?.trim() ?? ''
  if (text === '') {
    state.warn('pullQuote', 'the pull quote has no text; it was left out.')
    return undefined
  }
  const node: PullQuoteNode = {type: 'pullQuote', children: textPhrasing(text)}
  const attribution = asText(value.attribution)?.trim()
  if (attribution) node.attribution = attribution
  return node
}
