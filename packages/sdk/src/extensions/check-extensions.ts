import {OptionError} from '../vocabulary/option-error.ts'
import type {BlockExtension} from './types.ts'

const KINDS: readonly string[] = ['text', 'leaf', 'container']
const STEPS = ['toMdast', 'toHast', 'toPortableMarkdown', 'toText', 'fromDirective'] as const

/**
 * Checks an `extensions` option: an array of {@link BlockExtension}s, each with a string
 * `type`, a directive `{kind: 'text' | 'leaf' | 'container', name, attributes: string[]}`
 * whose name Markdown directives can carry, and functions for the steps it gives.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} naming the option and the extension at fault.
 */
export function checkExtensions(value: unknown, fn: string, option = 'options.extensions'): readonly BlockExtension[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new OptionError({fn, option, must: 'be an array of block extensions', value})
  value.forEach((extension: Partial<BlockExtension> | null, index) => {
    const directive = extension?.directive
    const ok =
      typeof extension?.type === 'string' &&
      extension.type !== '' &&
      KINDS.includes(directive?.kind as string) &&
      /^[a-z][a-z\d-]*$/i.test(String(directive?.name)) &&
      Array.isArray(directive?.attributes) &&
      STEPS.every((step) => extension[step] === undefined || typeof extension[step] === 'function')
    if (!ok) throw new OptionError({fn, option: `${option}[${index}]`, must: 'be {type, directive: {kind: "text" | "leaf" | "container", name, attributes}, steps as functions}', value: extension})
  })
  return value as readonly BlockExtension[]
}
