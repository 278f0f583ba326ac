import type {Element, ElementContent} from 'hast'
import type {Link} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'

import {LINK_SCHEMES, safeUrl} from '../../../vocabulary/safe-url.ts'
import {linkProperties} from '../link-properties.ts'
import {htmlOptionsOf} from '../options.ts'
import type {HastState} from '../hast-state.ts'

/**
 * `link` (and `:link{href newTab}`) as `<a href>`; external (http(s)) links get
 * `rel="noopener noreferrer"`, and `target="_blank"` when they open in a new tab.
 */
export function link(state: HastState, node: Link | TextDirective): Element | ElementContent[] {
  const children = state.all(node)
  const url = safeUrl(node.type === 'link' ? node.url : node.attributes?.href, LINK_SCHEMES)
  if (!url) return children
  const newTab = node.type === 'textDirective' && node.attributes?.newTab === 'true'
  return {type: 'element', tagName: 'a', properties: linkProperties(url, {newTab, baseUrl: htmlOptionsOf(state).baseUrl, pageUrl: htmlOptionsOf(state).pageUrl}), children}
}
