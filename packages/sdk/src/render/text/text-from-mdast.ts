import type {Nodes, Root} from 'mdast'

import {nodeText} from '../lib/node-text.ts'
import type {
  CallToActionNode,
  CalloutNode,
  CrisisNoticeNode,
  ImageWithCreditNode,
  PullQuoteNode,
} from '../mdast/nodes.ts'

/** Turns one block-level node into its text blocks (each becomes a paragraph of the output). */
type TextHandler = (node: never) => string[]

/**
 * Plain text, one handler per node type: a picture gives its caption, a callout or pull
 * quote its text, a call to action its label, the crisis notice its heading and text.
 * Lists give one line per item; unknown blocks give nothing.
 */
const textHandlers: Readonly<Record<string, TextHandler>> = {
  paragraph: (node: Nodes) => [phrasingText(node)],
  heading: (node: Nodes) => [phrasingText(node)],
  blockquote: (node: Extract<Nodes, {type: 'blockquote'}>) => blocksText(node.children),
  list: (node: Extract<Nodes, {type: 'list'}>) => [listLines(node).join('\n')],
  imageWithCredit: (node: ImageWithCreditNode) => (node.caption ? [node.caption] : []),
  callout: (node: CalloutNode) => blocksText(node.children),
  crisisNotice: (node: CrisisNoticeNode) => [node.heading, ...blocksText(node.children)],
  pullQuote: (node: PullQuoteNode) => [phrasingText(node)],
  callToAction: (node: CallToActionNode) => [phrasingText(node)],
  unknownBlock: () => [],
}

/** An mdast tree (from {@link toMdast}) as plain text: blocks separated by blank lines. */
export function textFromMdast(tree: Root): string {
  return blocksText(tree.children).join('\n\n')
}

function blocksText(nodes: readonly Nodes[]): string[] {
  const out: string[] = []
  for (const node of nodes) {
    const handler = Object.prototype.hasOwnProperty.call(textHandlers, node.type) ? textHandlers[node.type] : undefined
    const texts = handler ? handler(node as never) : [phrasingText(node)]
    for (const text of texts) if (text.trim() !== '') out.push(text)
  }
  return out
}

function listLines(list: Extract<Nodes, {type: 'list'}>): string[] {
  const lines: string[] = []
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') lines.push(...listLines(child))
      else lines.push(...blocksText([child]))
    }
  }
  return lines
}

/** Phrasing content as text, a line break as a newline. */
function phrasingText(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if (!('children' in node)) return nodeText(node)
  let out = ''
  for (const child of node.children as Nodes[]) out += phrasingText(child)
  return out
}
