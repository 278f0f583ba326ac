import type {BlockContent, Nodes, Paragraph, PhrasingContent} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'

import {KEYS} from '../../vocabulary/directives.ts'
import {nodeText} from '../lib/node-text.ts'
import {CALLOUT_LABELS, isCalloutTone} from '../../vocabulary/callout-tones.ts'
import {resolvedOf, type ResolvedImage, type ResolvedLink} from '../mdast/directives.ts'
import {textPhrasing} from '../mdast/plain-text.ts'
import type {NodeMapper} from './map-nodes.ts'

/**
 * Portable Markdown: each directive as plain Markdown that reads well anywhere, per
 * `docs/portable-text-and-markdown.md`. The SDK's own directives here; the block types'
 * steps (exported below) are in their extensions (`src/extensions/built-in/`).
 */
export const portableMappers: Readonly<Record<string, NodeMapper>> = {
  [KEYS.crisisNotice](node: ContainerDirective): Nodes[] {
    const heading: Paragraph = {type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: node.attributes?.heading ?? ''}]}]}
    return [{type: 'blockquote', children: [heading, ...(node.children as BlockContent[])]}]
  },
  [KEYS.unknown]: () => [],
  [KEYS.empty]: () => [],
}

/** `::image`: `![alt](url)`, then the caption line. */
export function portablePicture(node: LeafDirective): Nodes[] {
  const out: Paragraph[] = []
  const url = resolvedOf<ResolvedImage>(node)?.url
  const alt = node.attributes?.decorative === 'true' ? '' : nodeText(node)
  if (url) out.push({type: 'paragraph', children: [{type: 'image', url, alt}]})
  const line = captionLine(node.attributes ?? {})
  if (line.length > 0) out.push({type: 'paragraph', children: line})
  return out
}

/** `:::callout`: `> **Tip:** text`. */
export function portableCallout(node: ContainerDirective): Nodes[] {
  const tone = isCalloutTone(node.attributes?.tone) ? node.attributes.tone : 'note'
  return [labelledQuote(`${CALLOUT_LABELS[tone]}:`, node.children)]
}

/** `::pullquote`: `> text` then `> — attribution`. */
export function portablePullQuote(node: LeafDirective): Nodes[] {
  const children: BlockContent[] = [{type: 'paragraph', children: textPhrasing(nodeText(node))}]
  const attribution = node.attributes?.attribution
  if (attribution) children.push({type: 'paragraph', children: [{type: 'text', value: `— ${attribution}`}]})
  return [{type: 'blockquote', children}]
}

/** `::cta`: `**[label](url)**` as its own paragraph. */
export function portableCallToAction(node: LeafDirective): Nodes[] {
  const url = resolvedOf<ResolvedLink>(node)?.url
  const label: PhrasingContent[] = url ? [{type: 'link', url, children: node.children}] : node.children
  return [{type: 'paragraph', children: [{type: 'strong', children: label}]}]
}

/** `:link`: `[text](href)`. */
export function portableLink(node: TextDirective): Nodes[] {
  const url = node.attributes?.href
  return url ? [{type: 'link', url, children: node.children}] : node.children
}

/** `:internal`: `[text](page URL)`, or the text alone. */
export function portableInternalLink(node: TextDirective): Nodes[] {
  const url = resolvedOf<ResolvedLink>(node)?.url
  return url ? [{type: 'link', url, children: node.children}] : node.children
}

/** `> **Label:** first paragraph` and the other paragraphs. */
function labelledQuote(label: string, paragraphs: ContainerDirective['children']): Nodes {
  const [first, ...rest] = paragraphs
  const lead: PhrasingContent[] = [{type: 'strong', children: [{type: 'text', value: label}]}, {type: 'text', value: ' '}]
  const head: Paragraph = {type: 'paragraph', children: [...lead, ...(first?.type === 'paragraph' ? first.children : [])]}
  const others = (first && first.type !== 'paragraph' ? [first, ...rest] : rest) as BlockContent[]
  return {type: 'blockquote', children: [head, ...others]}
}

/** `*caption* — Photo: name, source`, or the parts there are. */
function captionLine(attributes: Record<string, string | null | undefined>): PhrasingContent[] {
  const line: PhrasingContent[] = []
  if (attributes.caption) line.push({type: 'emphasis', children: [{type: 'text', value: attributes.caption}]})
  const credit = [attributes.creditName, attributes.creditSource].filter(Boolean).join(', ')
  if (credit) line.push({type: 'text', value: `${line.length > 0 ? ' — ' : ''}Photo: ${credit}`})
  return line
}
