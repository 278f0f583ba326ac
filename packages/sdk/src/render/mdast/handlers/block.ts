import type {Heading, Paragraph, PhrasingContent, RootContent} from 'mdast'
import type {LeafDirective} from 'mdast-util-directive'

import type {PortableTextBlock} from '../../portable-text.ts'
import {describe} from '../../../vocabulary/describe.ts'
import {isBlank} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import {own} from '../../../vocabulary/own.ts'

/**
 * A heading's line breaks as spaces. Each space stays a text node of its own, marked
 * `data.lineBreak`, so lossless Markdown can write it back as the line break it was (`<br>`).
 */
function breaksToSpaces(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'break') {
      out.push({type: 'text', value: ' ', data: {lineBreak: true}} as PhrasingContent)
      continue
    }
    if ('children' in node) node.children = breaksToSpaces(node.children as PhrasingContent[]) as never
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text' && !isLineBreak(last)) last.value += node.value
    else out.push(node)
  }
  return out
}

/** Whether `node` is a heading's line break, written as a space (see {@link breaksToSpaces}). */
export function isLineBreak(node: {type: string; data?: unknown}): boolean {
  return node.type === 'text' && (node.data as {lineBreak?: boolean} | undefined)?.lineBreak === true
}

const HEADINGS: Readonly<Record<string, Heading['depth']>> = {h2: 2, h3: 3, h4: 4}

/**
 * A text block: `normal` as a paragraph, `h2` to `h4` as headings, `blockquote` as a quote
 * holding a paragraph (a heading's line breaks become spaces). A block with no visible text
 * (an editor's stray return) is left out, or, with the `emptyBlocks` option (lossless
 * Markdown), is the leaf directive `::empty{style}`, which imports back. Another style
 * renders as a paragraph, with a warning.
 */
export function block(value: PortableTextBlock, state: ToMdastState): RootContent | undefined {
  const children = state.phrasing(value)
  const style = value.style ?? 'normal'
  if (isBlank(children)) return state.options.emptyBlocks === true ? emptyBlock(style) : undefined
  const paragraph: Paragraph = {type: 'paragraph', children}
  if (style === 'normal') return paragraph
  if (style === 'blockquote') return {type: 'blockquote', children: [paragraph]}
  const depth = typeof style === 'string' ? own(HEADINGS, style) : undefined
  // A heading is one line (in Markdown, and in a table of contents): line breaks become spaces.
  if (depth) return {type: 'heading', depth, children: breaksToSpaces(children)}
  state.warn(typeof style === 'string' ? style : 'block', `the block style ${describe(style)} is not one of normal, h2, h3, h4, blockquote; it was rendered as a paragraph.`)
  return paragraph
}

/** `::empty`, or `::empty{style="h2"}`: a text block with no visible text, for lossless Markdown only. */
function emptyBlock(style: unknown): LeafDirective {
  const attributes = typeof style === 'string' && style !== 'normal' ? {style} : {}
  return {type: 'leafDirective', name: DIRECTIVES.empty.name, attributes, children: []}
}
