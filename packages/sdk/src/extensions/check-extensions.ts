import {describe} from '../render/warning.ts'
import type {BlockExtension} from './types.ts'

const KINDS: readonly string[] = ['text', 'leaf', 'container']
const STEPS = ['toMdast', 'toHast', 'toPortableMarkdown', 'toText', 'fromDirective'] as const

/**
 * Checks an `extensions` option: an array of {@link BlockExtension}s, each with a string
 * `type`, a directive `{kind: 'text' | 'leaf' | 'container', name, attributes: string[]}`
 * whose name Markdown directives can carry, and functions for the steps it gives.
 *
 * @throws {TypeError} naming the option and the extension at fault.
 */
export function checkExtensions(value: unknown, option = 'options.extensions'): readonly BlockExtension[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new TypeError(`${option} must be an array of block extensions; got ${describe(value)}.`)
  value.forEach((extension: Partial<BlockExtension> | null, index) => {
    const fail = (field: string, allowed: string, got: unknown): never => {
      throw new TypeError(`${option}[${index}]${field} must be ${allowed}; got ${describe(got)}.`)
    }
    if (typeof extension !== 'object' || extension === null) return fail('', 'a block extension object', extension)
    if (typeof extension.type !== 'string' || extension.type === '') fail('.type', 'the Portable Text _type, a non-empty string', extension.type)
    const directive = extension.directive
    if (!KINDS.includes(directive?.kind as string)) fail('.directive', '{kind: "text" | "leaf" | "container", name, attributes}', directive)
    if (!/^[a-z][a-z\d-]*$/i.test(String(directive?.name))) fail('.directive.name', 'letters, digits and dashes, from a letter', directive?.name)
    if (!Array.isArray(directive?.attributes) || directive.attributes.some((name) => typeof name !== 'string')) fail('.directive.attributes', 'an array of attribute names', directive?.attributes)
    for (const step of STEPS) if (extension[step] !== undefined && typeof extension[step] !== 'function') fail(`.${step}`, 'a function', extension[step])
  })
  return value as readonly BlockExtension[]
}
