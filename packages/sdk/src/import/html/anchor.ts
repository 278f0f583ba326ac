import type {Element} from 'hast'
import {defaultHandlers, type Handle} from 'hast-util-to-mdast'
import type {TextDirective} from 'mdast-util-directive'
import type {PhrasingContent} from 'mdast'
import {DIRECTIVES} from '../../vocabulary/directives.ts'

/**
 * `<a>`: a link, or, with `target="_blank"`, the lossless `:link[...]{href newTab}` that
 * stands for a link opening in a new tab. An `<a>` without `href` (an anchor) is its text.
 */
export const anchor: Handle = (state, node: Element) => {
  if (node.properties.href === undefined || node.properties.href === null) return state.all(node)
  const link = defaultHandlers.a(state, node)
  if (!link || Array.isArray(link) || link.type !== 'link') return link
  if (String(node.properties.target ?? '').toLowerCase() !== '_blank') return link
  const directive: TextDirective = {
    type: 'textDirective',
    name: DIRECTIVES.link.name,
    attributes: {href: link.url, newTab: 'true'},
    children: link.children as PhrasingContent[],
    position: link.position,
  }
  return directive
}
