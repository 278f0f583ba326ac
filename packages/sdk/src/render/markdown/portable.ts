import type {BlockContent, Nodes, Paragraph, PhrasingContent} from 'mdast'

import type {
  CallToActionNode,
  CalloutNode,
  CrisisNoticeNode,
  ImageWithCreditNode,
  InternalLinkNode,
  PullQuoteNode,
} from '../mdast/nodes.ts'
import type {NodeMapper} from './map-nodes.ts'

/**
 * Portable Markdown: each custom node as plain Markdown that reads well anywhere, per
 * `docs/portable-text-and-markdown.md` (one mapper per node type).
 */
export const portableMappers: Readonly<Record<string, NodeMapper>> = {
  imageWithCredit(node: ImageWithCreditNode): Nodes[] {
    const out: Paragraph[] = []
    if (node.asset?.url) out.push({type: 'paragraph', children: [{type: 'image', url: node.asset.url, alt: node.alt}]})
    const line = captionLine(node)
    if (line.length > 0) out.push({type: 'paragraph', children: line})
    return out
  },
  callout(node: CalloutNode): Nodes[] {
    const [first, ...rest] = node.children
    const label: PhrasingContent[] = [{type: 'strong', children: [{type: 'text', value: `${node.label}:`}]}, {type: 'text', value: ' '}]
    const head: Paragraph = {type: 'paragraph', children: [...label, ...(first?.children ?? [])]}
    return [{type: 'blockquote', children: [head, ...rest]}]
  },
  crisisNotice(node: CrisisNoticeNode): Nodes[] {
    const head: Paragraph = {type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: node.heading}]}]}
    return [{type: 'blockquote', children: [head, ...node.children]}]
  },
  pullQuote(node: PullQuoteNode): Nodes[] {
    const children: BlockContent[] = [{type: 'paragraph', children: node.children}]
    if (node.attribution) children.push({type: 'paragraph', children: [{type: 'text', value: `— ${node.attribution}`}]})
    return [{type: 'blockquote', children}]
  },
  callToAction(node: CallToActionNode): Nodes[] {
    const label: PhrasingContent[] = node.url ? [{type: 'link', url: node.url, children: node.children}] : node.children
    return [{type: 'paragraph', children: [{type: 'strong', children: label}]}]
  },
  internalLink(node: InternalLinkNode): Nodes[] {
    return node.url ? [{type: 'link', url: node.url, children: node.children}] : node.children
  },
  unknownBlock: () => [],
}

/** `*caption* — Photo: name, source`, or the parts there are. */
function captionLine(node: ImageWithCreditNode): PhrasingContent[] {
  const line: PhrasingContent[] = []
  if (node.caption) line.push({type: 'emphasis', children: [{type: 'text', value: node.caption}]})
  const credit = [node.credit?.name, node.credit?.source].filter(Boolean).join(', ')
  if (credit) line.push({type: 'text', value: `${line.length > 0 ? ' — ' : ''}Photo: ${credit}`})
  return line
}
