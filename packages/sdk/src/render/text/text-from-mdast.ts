import type {Nodes, Root} from 'mdast'
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'

import {KEYS} from '../../vocabulary/directives.ts'
import {nodeText} from '../lib/node-text.ts'
import {directiveKey} from '../../vocabulary/directives.ts'
import {own} from '../../vocabulary/own.ts'

/** Turns one block-level node into its text blocks (each becomes a paragraph of the output). */
type TextHandler = (node: never) => string[]

/**
 * Plain text, one handler per node type or directive key: a picture gives its caption, a
 * callout or pull quote its text, a call to action its label, the crisis notice its
 * heading and text. Lists give one line per item; unknown blocks give nothing.
 */
const textHandlers: Readonly<Record<string, TextHandler>> = {
  paragraph: (node: Nodes) => [phrasingText(node)],
  heading: (node: Nodes) => [phrasingText(node)],
  blockquote: (node: Extract<Nodes, {type: 'blockquote'}>) => blocksText(node.children),
  list: (node: Extract<Nodes, {type: 'list'}>) => [listLines(node).join('\n')],
  [KEYS.imageWithCredit]: (node: LeafDirective) => (node.attributes?.caption ? [node.attributes.caption] : []),
  [KEYS.callout]: (node: ContainerDirective) => blocksText(node.children),
  [KEYS.crisisNotice]: (node: ContainerDirective) => [node.attributes?.heading ?? '', ...blocksText(node.children)],
  [KEYS.pullQuote]: (node: LeafDirective) => [nodeText(node)],
  [KEYS.callToAction]: (node: LeafDirective) => [phrasingText(node)],
  [KEYS.unknown]: () => [],
  [KEYS.empty]: () => [],
}

/**
 * An mdast tree (from {@link toMdast}) as plain text: blocks separated by a blank line,
 * and more space above headings the bigger their section (three blank lines above an h2,
 * two above an h3, one above an h4), so the outline survives in plain text and
 * `fromText` can read the levels back.
 *
 * @example
 * ```ts
 * import {textFromMdast, toMdast} from '@practice-press/sdk/render'
 * textFromMdast(toMdast([{_type: 'pullQuote', text: 'Listen first.'}])) // 'Listen first.'
 * ```
 */
export function textFromMdast(tree: Root): string {
  let out = ''
  for (const node of tree.children) {
    for (const text of blocksText([node])) {
      if (out !== '') out += node.type === 'heading' ? HEADING_SPACE[node.depth] ?? '\n\n' : '\n\n'
      out += text
    }
  }
  return out
}

/** What stands above a heading of each depth (a newline, then the blank lines). */
const HEADING_SPACE: Readonly<Record<number, string>> = {1: '\n\n\n\n', 2: '\n\n\n\n', 3: '\n\n\n', 4: '\n\n'}

function blocksText(nodes: readonly Nodes[]): string[] {
  const out: string[] = []
  for (const node of nodes) {
    const key = directiveKey(node) ?? node.type
    const handler = own(textHandlers, key)
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
