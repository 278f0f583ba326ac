/**
 * Passes over a block's phrasing content once its marks are applied: what Markdown (and
 * HTML) cannot hold as built is moved or dropped. Each runs only on blocks that need it.
 */
import type {PhrasingContent} from 'mdast'
import {DIRECTIVES} from '../../vocabulary/directives.ts'

/**
 * A line break at the start or end of a mark moves outside it (`**a**` then a break, not
 * `**a\\\n**`, which Markdown cannot close); a mark left with nothing inside goes.
 */
export function hoistBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    if (!('children' in node)) {
      out.push(node)
      continue
    }
    const children = hoistBreaks(node.children as PhrasingContent[])
    const before: PhrasingContent[] = []
    const after: PhrasingContent[] = []
    while (children[0]?.type === 'break') before.push(children.shift() as PhrasingContent)
    while (children[children.length - 1]?.type === 'break') after.unshift(children.pop() as PhrasingContent)
    node.children = children as never
    out.push(...before)
    if (children.length > 0) out.push(node)
    out.push(...after)
  }
  return out
}

/**
 * Line breaks at the very start or end of a block show nothing (and Markdown cannot hold
 * them: a backslash ending a paragraph is a backslash): they are dropped.
 */
export function trimBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const edge = (list: PhrasingContent[], end: boolean): void => {
    for (;;) {
      const node = end ? list[list.length - 1] : list[0]
      if (!node) return
      // A break, or spaces a break would leave at the edge, show nothing.
      if (node.type === 'break' || ((node.type === 'text' || node.type === 'inlineCode') && node.value.trim() === '' && list.some((other) => other.type === 'break'))) {
        if (end) list.pop()
        else list.shift()
        continue
      }
      if ('children' in node && node.type !== 'link' && node.type !== 'textDirective') {
        edge(node.children as PhrasingContent[], end)
        if (node.children.length === 0) {
          if (end) list.pop()
          else list.shift()
          continue
        }
      }
      return
    }
  }
  edge(nodes, false)
  edge(nodes, true)
  return nodes
}

/**
 * A link inside a link is not HTML (a browser closes the outer one first): when two link
 * annotations cover the same text, the outer one is kept and the inner one dropped.
 */
export function unnestLinks(nodes: PhrasingContent[], inLink: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const isLink = node.type === 'link' || (node.type === 'textDirective' && (node.name === DIRECTIVES.link.name || node.name === DIRECTIVES.internalLink.name))
    if (isLink && inLink) {
      out.push(...unnestLinks(node.children, true))
      continue
    }
    if ('children' in node) node.children = unnestLinks(node.children as PhrasingContent[], inLink || isLink) as never
    out.push(node)
  }
  return out
}
