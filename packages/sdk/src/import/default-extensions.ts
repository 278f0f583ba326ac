import {defaultExtensions as renderExtensions} from '../extensions/built-in/index.ts'
import type {BlockExtension} from '../extensions/types.ts'
import {own} from '../vocabulary/own.ts'
import {fromDirectiveHandlers} from './mdast/directives/index.ts'

/**
 * The built-in block extensions, whole: render's steps and, for leaf and container
 * directives, the import step (`fromDirective`) `fromDirectiveHandlers` holds. Start from one of
 * these to change a built-in block in every stage.
 */
export const defaultExtensions: readonly BlockExtension[] = renderExtensions.map((extension) => {
  const fromDirective = extension.directive.kind === 'text' ? undefined : own(fromDirectiveHandlers, extension.directive.name)
  return fromDirective ? {...extension, fromDirective} : extension
})
