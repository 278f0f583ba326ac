import type {Element, ElementContent} from 'hast'
import type {State} from 'mdast-util-to-hast'

import type {InternalLinkNode} from '../../mdast/nodes.ts'

/** `internalLink` as `<a href>` to the page's URL; its text alone when the page is not known. */
export function internalLink(state: State, node: InternalLinkNode): Element | ElementContent[] {
  const children = state.all(node)
  if (!node.url) return children
  return {type: 'element', tagName: 'a', properties: {href: node.url}, children}
}
