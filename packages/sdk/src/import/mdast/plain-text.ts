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
 * quote, alt text, a button label). Line breaks become `\n`; a picture gives its alt text.
 */
export function toPlainText(nodes: readonly Nodes[]): PlainText {
  let formattingLost = false
  const walk = (node: Nodes): string => {
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
        formattingLost = true
        return ''
      default:
        return 'children' in node ? (node.children as Nodes[]).map(walk).join('') : ''
    }
  }
  const text = nodes.map(walk).join('')
  return {text, formattingLost}
}
