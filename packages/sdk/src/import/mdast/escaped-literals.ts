import type {Nodes, PhrasingContent, Root} from 'mdast'

/**
 * GitHub's Markdown makes a link of a bare address (`https://example.com`,
 * `www.example.com`, `me@example.com`), even when a character in it is escaped
 * (`https\://example.com`, which is how a writer says "this is text"), and even inside a
 * link's text, where links cannot nest. Such links have no brackets in the source; the
 * escaped ones have no position in the tree at all. Each is turned back into its text
 * when it is inside another link (or a `:link` / `:internal` directive), or when the text
 * around it in the source does not hold the address as written, only an escaped form of
 * it. Changes `tree`.
 */
export function unlinkEscapedLiterals(tree: Root, source: string): void {
  const visit = (node: Nodes, inLink: boolean) => {
    if (!('children' in node)) return
    const written = ownText(node, source)
    const children = node.children as PhrasingContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as PhrasingContent
      if (child.type === 'link' && isLiteral(child, source)) {
        const text = child.children.map((part) => ('value' in part ? part.value : '')).join('')
        if (inLink || (!child.position && written !== undefined && text && !written.includes(text))) {
          children.splice(index, 1, ...child.children)
          index += child.children.length - 1
          continue
        }
      }
      visit(child, inLink || child.type === 'link' || child.type === 'linkReference' || child.type === 'textDirective')
    }
  }
  visit(tree, false)
}

/**
 * The source of a node's own text: its slice of the input with the ranges of its
 * positioned children other than text blanked out (code, links, emphasis each hold their
 * own text), or undefined when the node has no position.
 */
function ownText(node: Nodes, source: string): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || !('children' in node)) return undefined
  let text = ''
  let from = start
  for (const child of node.children as Nodes[]) {
    const childStart = child.position?.start.offset
    const childEnd = child.position?.end.offset
    if (child.type === 'text' || childStart === undefined || childEnd === undefined || childStart < from) continue
    text += `${source.slice(from, childStart)}${' '.repeat(childEnd - childStart)}`
    from = childEnd
  }
  return text + source.slice(from, end)
}

/** Whether a link is a bare address made a link (no `[text](url)` or `<url>` in the source). */
function isLiteral(link: Nodes, source: string): boolean {
  const start = link.position?.start.offset
  return start === undefined || !/[[<]/.test(source.charAt(start))
}
