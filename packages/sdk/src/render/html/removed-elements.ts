import type {Nodes, Root} from 'hast'
import type {Schema} from 'hast-util-sanitize'

/**
 * The elements in `tree` that `schema` does not allow, by tag name, in the order first met:
 * what the sanitiser will remove (unwrapping them, their text kept, or dropping them whole
 * when the schema strips them). Portable Text never makes such an element; a custom
 * handler, an extension's `toHast`, `fullToHast` (a GFM table) or a plugin can, and
 * `htmlFromMdast` warns about them so a missing `sanitize` entry is never silent.
 */
export function removedElements(tree: Root, schema: Schema): string[] {
  const allowed = new Set(schema.tagNames ?? [])
  const removed = new Set<string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'element' && !allowed.has(node.tagName)) removed.add(node.tagName)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return [...removed]
}
