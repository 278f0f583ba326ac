import type {Nodes} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'

import type {TextHelpers} from '../../extensions/types.ts'
import {KEYS} from '../../vocabulary/directives.ts'
import {nodeText} from '../lib/node-text.ts'

/** Turns one block-level node into its text blocks (each becomes a paragraph of the output). */
export type TextStep = (node: never, text: TextHelpers) => string[]

/**
 * Plain text for mdast's own nodes and the SDK's own directives (the crisis notice its
 * heading and text; unknown and empty blocks nothing); the block types' steps come from
 * their extensions (a picture gives its caption, a callout or pull quote its text, a call
 * to action its label). Lists give one line per item.
 */
export const textSteps: Readonly<Record<string, TextStep>> = {
  paragraph: (node: Nodes) => [phrasingText(node)],
  heading: (node: Nodes) => [phrasingText(node)],
  blockquote: (node: Extract<Nodes, {type: 'blockquote'}>, text) => text.blocks(node.children),
  list: (node: Extract<Nodes, {type: 'list'}>, text) => [listLines(node, text).join('\n')],
  table: (node: Extract<Nodes, {type: 'table'}>) => [node.children.map((row) => row.children.map(phrasingText).join('\t')).join('\n')],
  [KEYS.crisisNotice]: (node: ContainerDirective, text) => [node.attributes?.heading ?? '', ...text.blocks(node.children)],
  [KEYS.unknown]: () => [],
  [KEYS.empty]: () => [],
}

function listLines(list: Extract<Nodes, {type: 'list'}>, text: TextHelpers): string[] {
  const lines: string[] = []
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') lines.push(...listLines(child, text))
      else lines.push(...text.blocks([child]))
    }
  }
  return lines
}

/** Phrasing content as text, a line break as a newline. */
export function phrasingText(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if (!('children' in node)) return nodeText(node)
  let out = ''
  for (const child of node.children as Nodes[]) out += phrasingText(child)
  return out
}
