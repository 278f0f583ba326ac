import type {Heading, Paragraph, RootContent} from 'mdast'

import type {PortableTextBlock} from '../../portable-text.ts'
import {isBlank} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'

const HEADINGS: Readonly<Record<string, Heading['depth']>> = {h2: 2, h3: 3, h4: 4}

/**
 * A text block: `normal` as a paragraph, `h2` to `h4` as headings, `blockquote` as a quote
 * holding a paragraph. A block with no visible text is left out (an editor's stray
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
  if (depth) return {type: 'heading', depth, children}
  state.warn(String(style), `the block style ${JSON.stringify(style)} is not one of normal, h2, h3, h4, blockquote; it was rendered as a paragraph.`)
  return paragraph
}
