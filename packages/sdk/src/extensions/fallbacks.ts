import type {PhrasingContent} from 'mdast'

import type {HastHandler, HastState} from '../render/html/hast-state.ts'
import type {Directive} from '../render/mdast/directives.ts'
import {textParagraphs, textPhrasing} from '../render/mdast/plain-text.ts'
import type {Handler, MarkHandler} from '../render/mdast/types.ts'
import {asRecord} from '../render/lib/values.ts'
import {directiveKey, directiveType} from '../vocabulary/directives.ts'
import type {BlockExtension} from './types.ts'

/** Reports that a stage fell back to its default. */
export type StageWarn = (type: string, message: string) => void

export function missing(extension: BlockExtension, step: string, what: string): string {
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
      state.warn(extension.type, missing(extension, 'toMdast', 'was made from its fields'), mark.path)
      return {type: 'textDirective', name, attributes: attributesOf(extension, mark.definition), children}
    }) as MarkHandler
  }
  return ((value: unknown, state) => {
    state.warn(extension.type, missing(extension, 'toMdast', 'was made from its fields'))
    const text = asRecord(value)?.text
    const content = typeof text === 'string' ? text : ''
    const children = kind === 'leaf' ? textPhrasing(content) : textParagraphs(content)
    return {type: directiveType(kind), name, attributes: attributesOf(extension, value), children} as Directive
  }) as Handler
}

/** Default `toHast`: the directive's content, as HTML. */
export function fallbackToHast(extension: BlockExtension, warn: StageWarn): HastHandler {
  return (state: HastState, node: Directive) => {
    warn(extension.type, missing(extension, 'toHast', 'was rendered as its content'))
    return state.all(node)
  }
}

