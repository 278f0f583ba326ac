import GithubSlugger from 'github-slugger'
import type {Heading, Nodes, Root} from 'mdast'

import {nodeText} from '../lib/node-text.ts'

const PHRASING_PARENTS = new Set(['paragraph', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective', 'leafDirective', 'tableCell'])

/** A heading with the id `toHtml` gives it. */
export interface HeadingWithId {
  node: Heading
  id: string
  text: string
}

/**
 * Gives every heading an id (in `data.hProperties.id`, which mdast-util-to-hast applies):
 * its text slugged by GitHub's rule (github-slugger: lower case, spaces to `-`,
 * punctuation dropped; repeats get `-1`, `-2`), after `prefix`. Headings with no text
 * get no id. Returns the headings in document order.
 */
export function addHeadingIds(tree: Root, prefix = ''): HeadingWithId[] {
  const slugger = new GithubSlugger()
  const headings: HeadingWithId[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = nodeText(node).replace(/\s+/g, ' ').trim()
      if (text === '') return
      const id = prefix + slugger.slug(text)
      node.data = {...node.data, hProperties: {...node.data?.hProperties, id}}
      headings.push({node, id, text})
      return
    }
    // Headings sit in flow content: paragraphs, links and other phrasing cannot hold one.
    if ('children' in node && !PHRASING_PARENTS.has(node.type)) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return headings
}
