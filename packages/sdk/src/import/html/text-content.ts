import {fromHtml as parseHtml} from 'hast-util-from-html'
import type {Nodes} from 'hast'

import {DROPPED_ELEMENTS} from './prune.ts'

/** Elements that start a new paragraph of text. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul'])

/**
 * The text of an HTML document, paragraphs separated by blank lines, without any markup:
 * the last resort when the document cannot be converted as a whole (nesting so deep it
 * exhausts the stack). Walks the tree without recursion; leaves out what `pruneHtml` drops.
 */
export function htmlTextContent(html: string): string {
  let tree: Nodes
  try {
    tree = parseHtml(html)
  } catch {
    return stripTags(html)
  }
  const paragraphs: string[] = []
  let current = ''
  const stack: Array<Nodes | 'end'> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node === 'end' || (node.type === 'element' && BLOCKS.has(node.tagName))) {
      if (current.trim()) paragraphs.push(current.replace(/\s+/g, ' ').trim())
      current = ''
      if (node === 'end') continue
    }
    if (node.type === 'text') current += node.value
    if (node.type === 'element' && (DROPPED_ELEMENTS.has(node.tagName) || node.tagName === 'title' || node.tagName === 'head')) continue
    if ('children' in node) {
      stack.push('end')
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
  }
  if (current.trim()) paragraphs.push(current.replace(/\s+/g, ' ').trim())
  return paragraphs.join('\n\n')
}

/** Tags that hold no text a reader sees. */
const HIDDEN = /<(script|style|iframe|noscript|template|svg|math|object|textarea|title)\b[\s\S]*?<\/\1\s*>/gi
/** Tags that start a new paragraph. */
const BLOCK_TAG = new RegExp(`</?(?:${[...BLOCKS].join('|')})\\b[^>]*>`, 'gi')
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

/** Text from HTML that could not even be parsed: hidden elements, comments and tags removed. */
function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(HIDDEN, '')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
      if (name) return ENTITIES[name.toLowerCase()] ?? entity
      const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
}
