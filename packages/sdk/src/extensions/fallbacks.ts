import type {Nodes, PhrasingContent} from 'mdast'
import type {Handler as HastHandler} from 'mdast-util-to-hast'

import type {Directive} from '../render/mdast/directives.ts'
import {textParagraphs, textPhrasing} from '../render/mdast/plain-text.ts'
import type {Handler, MarkHandler} from '../render/mdast/types.ts'
import {asRecord} from '../render/lib/values.ts'
import {directiveKey, directiveType} from '../vocabulary/directives.ts'
import type {BlockExtension, TextHelpers} from './types.ts'

/** Reports that a stage fell back to its default. */
export type StageWarn = (type: string, message: string) => void

function missing(extension: BlockExtension, step: string, what: string): string {
  return `the "${extension.type}" extension has no ${step} step; ${directiveKey(extension.directive)} ${what}.`
}

/** The block's (or annotation's) fields named by the directive's attributes, as strings. */
function attributesOf(extension: BlockExtension, value: unknown): Record<string, string> {
  const record = asRecord(value) ?? {}
  const attributes: Record<string, string> = {}
  for (const name of extension.directive.attributes) {
    const field = record[name]
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') attributes[name] = String(field)
  }
  return attributes
}

/**
 * Default `toMdast`: the directive, its attributes the block's same-named string, number or
 * boolean fields, its content the block's `text` (a label for a leaf, paragraphs for a
 * container); for a text directive, the annotation's fields around the marked text.
 */
export function fallbackToMdast(extension: BlockExtension): Handler | MarkHandler {
  const {kind, name} = extension.directive
  if (kind === 'text') {
    return ((children: PhrasingContent[], mark, state) => {
      state.warn(extension.type, missing(extension, 'toMdast', 'was made from the annotation\'s fields'), mark.path)
      return {type: 'textDirective', name, attributes: attributesOf(extension, mark.definition), children}
    }) as MarkHandler
  }
  return ((value: unknown, state) => {
    state.warn(extension.type, missing(extension, 'toMdast', "was made from the block's fields"))
    const text = asRecord(value)?.text
    const content = typeof text === 'string' ? text : ''
    const children = kind === 'leaf' ? textPhrasing(content) : textParagraphs(content)
    return {type: directiveType(kind), name, attributes: attributesOf(extension, value), children} as Directive
  }) as Handler
}

/** Default `toHast`: the directive's content, as HTML. */
export function fallbackToHast(extension: BlockExtension, warn: StageWarn): HastHandler {
  return (state, node: Directive) => {
    warn(extension.type, missing(extension, 'toHast', 'was rendered as its content'))
    return state.all(node)
  }
}

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
