import type {LeafDirective} from 'mdast-util-directive'

import {LINK_SCHEMES, safeUrl} from '../../../vocabulary/safe-url.ts'
import {absoluteUrl} from '../../lib/absolute-url.ts'
import {asRecord, asString, asText} from '../../lib/values.ts'
import type {CallToActionBlock} from '../../portable-text.ts'
import {withResolved} from '../directives.ts'
import type {ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * A call to action, as the leaf directive `::cta[label]{href}` or `{ref}`. It leads to its
 * own `url` (http(s), mailto: or tel:) or to the page its `reference` points at (from
 * `target`, else `resolveReference`). Without a usable destination its label renders as
 * text, with a warning.
 */
export function callToAction(value: CallToActionBlock, state: ToMdastState): LeafDirective | undefined {
  const label = asText(value.label)?.trim()
  if (!label) {
    state.warn('callToAction', 'the call to action has no label; it was left out.')
    return undefined
  }
  const attributes: Record<string, string> = {}
  const href = safeUrl(value.url, LINK_SCHEMES)
  if (href) attributes.href = href
  else if (value.url !== undefined && value.url !== null && value.url !== '') {
    state.warn('callToAction', "the call to action's address is not http(s), mailto: or tel:; it was ignored.", [...state.path, 'url'])
  }
  const ref = asString(asRecord(value.reference)?._ref)
  if (ref && !href) attributes.ref = ref
  // The href stays as written (lossless Markdown); what HTML and portable Markdown link to is absolute with baseUrl/pageUrl.
  const url = href ? absoluteUrl(href, state.options.baseUrl, state.options.pageUrl) : state.linkUrl(value.target, ref)
  if (!url) state.warn('callToAction', 'the call to action leads nowhere known (no usable url, target or resolveReference); its label was rendered as text.')
  const node: LeafDirective = {type: 'leafDirective', name: DIRECTIVES.callToAction.name, attributes, children: [{type: 'text', value: label}]}
  return withResolved(node, url ? {url} : {})
}
