import {LINK_SCHEMES, safeUrl} from '../../lib/safe-url.ts'
import {asRecord, asString, asText} from '../../lib/values.ts'
import type {CallToActionBlock} from '../../portable-text.ts'
import type {CallToActionNode} from '../nodes.ts'
import type {ToMdastState} from '../types.ts'

/**
 * A call to action: its label and where it leads, its own `url` (http(s), mailto: or
 * tel:) or the page its `reference` points at (from `target`, else `resolveReference`).
 * Without a usable destination the label renders as text, with a warning.
 */
export function callToAction(value: CallToActionBlock, state: ToMdastState): CallToActionNode | undefined {
  const label = asText(value.label)?.trim()
  if (!label) {
    state.warn('callToAction', 'the call to action has no label; it was left out.')
    return undefined
  }
  const node: CallToActionNode = {type: 'callToAction', children: [{type: 'text', value: label}]}
  const href = safeUrl(value.url, LINK_SCHEMES)
  if (href) node.href = href
  else if (value.url !== undefined && value.url !== null && value.url !== '') {
    state.warn('callToAction', 'the call to action\'s address is not http(s), mailto: or tel:; it was ignored.', [...state.path, 'url'])
  }
  const ref = asString(asRecord(value.reference)?._ref)
  if (ref) node.ref = ref
  const url = href ?? state.linkUrl(value.target, ref)
  if (url) node.url = url
  else state.warn('callToAction', 'the call to action leads nowhere known (no usable url, target or resolveReference); its label was rendered as text.')
  return node
}
