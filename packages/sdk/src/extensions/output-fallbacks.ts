import type {Nodes} from 'mdast'

import type {Directive} from '../render/mdast/directives.ts'
import {missing, type StageWarn} from './fallbacks.ts'
import type {BlockExtension, TextHelpers} from './types.ts'

/** Default `toPortableMarkdown` for any directive: its content (a leaf's label as a paragraph). */
export function contentOf(node: Directive): Nodes[] {
  if (node.type === 'leafDirective') return node.children.length > 0 ? [{type: 'paragraph', children: node.children}] : []
  return node.children
}

/** Default `toPortableMarkdown`: {@link contentOf}, with a warning. */
export function fallbackToPortableMarkdown(extension: BlockExtension, warn: StageWarn): (node: never) => Nodes[] {
  return (node: Directive) => {
    warn(extension.type, missing(extension, 'toPortableMarkdown', 'was written as its content'))
    return contentOf(node)
  }
}

/** Default `toText`: the directive's content as text. */
export function fallbackToText(extension: BlockExtension, warn: StageWarn): (node: never, text: TextHelpers) => string[] {
  return (node: Directive, text) => {
    warn(extension.type, missing(extension, 'toText', 'was written as its text'))
    return node.type === 'containerDirective' ? text.blocks(node.children) : [text.phrasing(node)]
  }
}
