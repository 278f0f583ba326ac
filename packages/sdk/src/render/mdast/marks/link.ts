import type {Link, PhrasingContent} from 'mdast'

import {LINK_SCHEMES, safeUrl} from '../../lib/safe-url.ts'
import type {MarkContext, ToMdastState} from '../types.ts'

/**
 * The `link` annotation: an http(s), `mailto:` or `tel:` address (or a relative one).
 * Any other `href` (a `javascript:` URL, an object) leaves the text unlinked, with a warning.
 */
export function link(children: PhrasingContent[], mark: MarkContext, state: ToMdastState): Link | undefined {
  const href = safeUrl(mark.definition?.href, LINK_SCHEMES)
  if (!href) {
    state.warn('link', 'the link has no usable address (http(s), mailto: or tel:); its text was rendered without it.', mark.path)
    return undefined
  }
  const node: Link = {type: 'link', url: href, children}
  if (mark.definition?.openInNewTab === true) node.data = {openInNewTab: true}
  return node
}
