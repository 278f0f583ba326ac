import type {Heading, Paragraph, PhrasingContent, RootContent} from 'mdast'

import type {PortableTextBlock} from '../../portable-text.ts'
import {describe} from '../../warning.ts'
import {isBlank} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'

function breaksToSpaces(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const next: PhrasingContent = node.type === 'break' ? {type: 'text', value: ' '} : node
    if ('children' in next) next.children = breaksToSpaces(next.children as PhrasingContent[]) as never
    const last = out[out.length - 1]
    if (next.type === 'text' && last?.type === 'text') last.value += next.value
    else out.push(next)
  }
  return out
}

const HEADINGS: Readonly<Record<string, Heading['depth']>> = {h2: 2, h3: 3, h4: 4}

/**
 * A text block: `normal` as a paragraph, `h2` to `h4` as headings, `blockquote` as a quote
 * holding a paragraph (a heading's line breaks become spaces). A block with no visible text is left out (an editor's stray
 * return). Another style renders as a paragraph, with a warning.
 */
export function block(value: PortableTextBlock, state: ToMdastState): RootContent | undefined {
  const children = state.phrasing(value)
  if (isBlank(children)) return undefined
  const style = value.style ?? 'normal'
  const paragraph: Paragraph = {type: 'paragraph', children}
  if (style === 'normal') return paragraph
  if (style === 'blockquote') return {type: 'blockquote', children: [paragraph]}
  const depth = typeof style === 'string' && Object.prototype.hasOwnProperty.call(HEADINGS, style) ? HEADINGS[style] : undefined
  // A heading is one line (in Markdown, and in a table of contents): line breaks become spaces.
  if (depth) return {type: 'heading', depth, children: breaksToSpaces(children)}
  state.warn(typeof style === 'string' ? style : 'block', `the block style ${describe(style)} is not one of normal, h2, h3, h4, blockquote; it was rendered as a paragraph.`)
  return paragraph
}
