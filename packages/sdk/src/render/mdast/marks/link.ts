import type {Link, PhrasingContent} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'

import {LINK_SCHEMES, safeUrl} from '../../../vocabulary/safe-url.ts'
import {absoluteUrl} from '../../lib/absolute-url.ts'
import type {MarkContext, ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * The `link` annotation: an http(s), `mailto:` or `tel:` address (or a relative one), as
 * an mdast `link`, or the text directive `:link[text]{href newTab="true"}` when it opens
 * in a new tab. Any other `href` (a `javascript:` URL, an object) leaves the text
 * unlinked, with a warning. With `baseUrl`, a relative address becomes absolute; with
 * `pageUrl`, a fragment alone (`#how`) does too.
 */
export function link(children: PhrasingContent[], mark: MarkContext, state: ToMdastState): Link | TextDirective | undefined {
  const safe = safeUrl(mark.definition?.href, LINK_SCHEMES)
  if (!safe) {
    state.warn('link', 'the link has no usable address (http(s), mailto: or tel:); its text was rendered without it.', mark.path)
    return undefined
  }
  // With baseUrl, absolute in every output (a feed, a cross-post), as pictures are.
  const href = absoluteUrl(safe, state.options.baseUrl, state.options.pageUrl)
  if (mark.definition?.openInNewTab === true) return {type: 'textDirective', name: DIRECTIVES.link.name, attributes: {href, newTab: 'true'}, children}
  return {type: 'link', url: href, children}
}
