import type {PhrasingContent} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'

import {asRecord, asString} from '../../lib/values.ts'
import {withResolved} from '../directives.ts'
import type {MarkContext, ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * The `internalLink` annotation, as the text directive `:internal[text]{ref}`, leading to
 * the page of the document it references, from its `target` (attached by the SDK's
 * queries) or `resolveReference`. When neither knows the page, the text renders without
 * a link, with a warning.
 */
export function internalLink(children: PhrasingContent[], mark: MarkContext, state: ToMdastState): PhrasingContent | undefined {
  const definition = mark.definition
  if (!definition) return undefined
  const ref = asString(asRecord(definition.reference)?._ref)
  const url = state.linkUrl(definition.target, ref)
  if (!url) {
    state.warn(
      'internalLink',
      `the linked page${ref ? ` (${ref})` : ''} is not known (no target and no resolveReference answer); its text was rendered without a link.`,
      mark.path,
    )
  }
  if (!ref) return url ? {type: 'link', url, children} : undefined
  const node: TextDirective = {type: 'textDirective', name: DIRECTIVES.internalLink.name, attributes: {ref}, children}
  return withResolved(node, url ? {url} : {})
}
