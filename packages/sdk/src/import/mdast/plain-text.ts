import type {Nodes} from 'mdast'

/** Plain text of some mdast nodes, and whether formatting was left behind to get it. */
export interface PlainText {
  text: string
  /** True when bold, italics, code, links or struck-through text were reduced to text. */
  formattingLost: boolean
}

const FORMATTING = new Set(['strong', 'emphasis', 'inlineCode', 'link', 'linkReference', 'delete', 'textDirective'])

/**
 * The text of mdast nodes, for the schema's plain-text fields (a callout's text, a pull
 * quote, alt text, a button label). Line breaks become `\n`; a picture gives its alt text;
 * what Markdown reads as inline HTML (`<b>`) is kept as the text it is, never as markup.
 * A text directive with neither label nor attributes (`10:30`, `Note:this` read as one by
 * accident) gives the text it was written as, taken from `source`.
 */
export function toPlainText(nodes: readonly Nodes[], source = ''): PlainText {
  let formattingLost = false
  const walk = (node: Nodes): string => {
    const written = bareDirective(node, source)
    if (written !== undefined) return written
    if (FORMATTING.has(node.type)) formattingLost = true
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value
      case 'break':
        return '\n'
      case 'image':
        return node.alt ?? ''
      case 'html':
        // In a plain-text field, what reads as a tag is just text: it is kept as written.
        return node.value
      default:
        return 'children' in node ? (node.children as Nodes[]).map(walk).join('') : ''
    }
  }
  const text = nodes.map(walk).join('')
  return {text, formattingLost}
}

/**
 * The text a text directive with no label and no attributes was written as (`:30` in
 * `10:30`), or undefined for any other node. Such a directive is text that happens to
 * contain a colon, not a directive.
 */
export function bareDirective(node: Nodes, source: string): string | undefined {
  if (node.type !== 'textDirective' || node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0) return undefined
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined && source ? source.slice(start, end) : undefined
}
