import type {Element, ElementContent} from 'hast'
import type {State} from 'mdast-util-to-hast'
import type {TextDirective} from 'mdast-util-directive'

import {resolved, type ResolvedLink} from '../../mdast/directives.ts'

/** `:internal` as `<a href>` to the page's URL; its text alone when the page is not known. */
export function internalLink(state: State, node: TextDirective): Element | ElementContent[] {
  const children = state.all(node)
  const url = resolved<ResolvedLink>(node)?.url
  return url ? {type: 'element', tagName: 'a', properties: {href: url}, children} : children
}
