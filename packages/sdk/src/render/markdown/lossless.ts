import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {Link, Nodes} from 'mdast'

import {nodeText} from '../lib/node-text.ts'
import type {
  CallToActionNode,
  CalloutNode,
  ImageWithCreditNode,
  InternalLinkNode,
  PullQuoteNode,
  UnknownBlockNode,
} from '../mdast/nodes.ts'
import type {NodeMapper} from './map-nodes.ts'
import {portableMappers} from './portable.ts'

/**
 * Lossless Markdown: each custom node as a directive that imports back exactly, per
 * `docs/portable-text-and-markdown.md` (one mapper per node type). Attribute values are
 * strings, present only when the value is.
 */
export const losslessMappers: Readonly<Record<string, NodeMapper>> = {
  imageWithCredit(node: ImageWithCreditNode): Nodes[] {
    const attributes: Record<string, string> = {}
    if (node.asset?.ref) attributes.ref = node.asset.ref
    if (node.caption) attributes.caption = node.caption
    if (node.credit?.name) attributes.creditName = node.credit.name
    if (node.credit?.source) attributes.creditSource = node.credit.source
    if (node.credit?.url) attributes.creditUrl = node.credit.url
    if (node.decorative) attributes.decorative = 'true'
    if (node.hotspot) attributes.hotspot = [node.hotspot.x, node.hotspot.y, node.hotspot.height, node.hotspot.width].join(',')
    if (node.crop) attributes.crop = [node.crop.top, node.crop.bottom, node.crop.left, node.crop.right].join(',')
    const directive: LeafDirective = {type: 'leafDirective', name: 'image', attributes, children: node.alt ? [{type: 'text', value: node.alt}] : []}
    return [directive]
  },
  callout(node: CalloutNode): Nodes[] {
    const directive: ContainerDirective = {type: 'containerDirective', name: 'callout', attributes: {tone: node.tone}, children: node.children}
    return [directive]
  },
  crisisNotice: portableMappers.crisisNotice as NodeMapper,
  pullQuote(node: PullQuoteNode): Nodes[] {
    // A leaf directive's label is one line: the text goes in whole, its line breaks
    // written as character references.
    const directive: LeafDirective = {
      type: 'leafDirective',
      name: 'pullquote',
      attributes: node.attribution ? {attribution: node.attribution} : {},
      children: [{type: 'text', value: node.children.map((child) => (child.type === 'break' ? '\n' : nodeText(child))).join('')}],
    }
    return [directive]
  },
  callToAction(node: CallToActionNode): Nodes[] {
    const attributes: Record<string, string> = node.href ? {href: node.href} : node.ref ? {ref: node.ref} : {}
    const directive: LeafDirective = {type: 'leafDirective', name: 'cta', attributes, children: node.children}
    return [directive]
  },
  link(node: Link): Nodes[] {
    if (node.data?.openInNewTab !== true) return [node]
    const directive: TextDirective = {type: 'textDirective', name: 'link', attributes: {href: node.url, newTab: 'true'}, children: node.children}
    return [directive]
  },
  internalLink(node: InternalLinkNode): Nodes[] {
    if (!node.ref) return portableMappers.internalLink?.(node as never) ?? node.children
    const directive: TextDirective = {type: 'textDirective', name: 'internal', attributes: {ref: node.ref}, children: node.children}
    return [directive]
  },
  unknownBlock(node: UnknownBlockNode): Nodes[] {
    const directive: LeafDirective = {type: 'leafDirective', name: 'unknown', attributes: {type: node.blockType, json: json(node.value)}, children: []}
    return [directive]
  },
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null'
  } catch {
    return 'null'
  }
}
