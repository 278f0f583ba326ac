import type {Nodes} from 'mdast'

/** The text of an mdast node: its text and code, a line break as a space. */
export function nodeText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return ' '
  if (!('children' in node)) return ''
  let out = ''
  for (const child of node.children as Nodes[]) out += nodeText(child)
  return out
}
