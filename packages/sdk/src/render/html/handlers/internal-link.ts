import type {Element, ElementContent} from 'hast'
import type {TextDirective} from 'mdast-util-directive'

import {resolvedOf, type ResolvedLink} from '../../mdast/directives.ts'
import {linkProperties} from '../link-properties.ts'
import {htmlOptionsOf} from '../options.ts'
import type {HastState} from '../hast-state.ts'

/**
 * `:internal` as `<a href>` to the page's URL (an article's own canonical URL elsewhere gets
 * `rel` like any external link); its text alone when the page is not known.
 */
export function internalLink(state: HastState, node: TextDirective): Element | ElementContent[] {
  const children = state.all(node)
  const url = resolvedOf<ResolvedLink>(node)?.url
  return url ? {type: 'element', tagName: 'a', properties: linkProperties(url, {baseUrl: htmlOptionsOf(state).baseUrl, pageUrl: htmlOptionsOf(state).pageUrl}), children} : children
}
