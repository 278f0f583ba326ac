import type {Paragraph, PhrasingContent} from 'mdast'

/** Plain text as phrasing content: each line break becomes a `break`. */
export function textPhrasing(text: string): PhrasingContent[] {
  if (!text.includes('\n') && !text.includes('\r')) return text === '' ? [] : [{type: 'text', value: text}]
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const out: PhrasingContent[] = []
  lines.forEach((line, index) => {
    if (index > 0) out.push({type: 'break'})
    if (line !== '') out.push({type: 'text', value: line})
  })
  return out
}

/** Plain text (a callout's `text` field) as paragraphs: blank lines separate them. */
export function textParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t ]*\n\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({type: 'paragraph', children: textPhrasing(part)}))
}

/** Whether phrasing content shows nothing but whitespace. */
export function isBlank(nodes: readonly PhrasingContent[]): boolean {
  return nodes.every((node) => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value.trim() === ''
    if (node.type === 'break') return true
    return 'children' in node ? isBlank(node.children as PhrasingContent[]) : false
  })
}
