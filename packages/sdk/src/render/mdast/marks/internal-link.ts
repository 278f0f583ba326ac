import type {PhrasingContent} from 'mdast'

import {asRecord, asString} from '../../lib/values.ts'
import type {InternalLinkNode} from '../nodes.ts'
import type {MarkContext, ToMdastState} from '../types.ts'

/**
 * The `internalLink` annotation: a link to the page of the document it references, from
 * its `target` (attached by the SDK's queries) or `resolveReference`. When neither knows
 * the page, the text renders without a link, with a warning.
 */
export function internalLink(children: PhrasingContent[], mark: MarkContext, state: ToMdastState): InternalLinkNode | undefined {
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
  if (!url && !ref) return undefined
  const node: InternalLinkNode = {type: 'internalLink', children}
  if (ref) node.ref = ref
  if (url) node.url = url
  return node
}
