import {OptionError} from '../vocabulary/option-error.ts'
import {checkDirectiveNames} from './check-directive-names.ts'
import type {BlockExtension} from './types.ts'

const KINDS: readonly string[] = ['text', 'leaf', 'container']
const STEPS = ['toMdast', 'toHast', 'toPortableMarkdown', 'toText', 'fromDirective'] as const

/** What Markdown directive names and attribute names can be. */
const DIRECTIVE_NAME = /^[a-z][a-z\d-]*$/i
/**
 * A Portable Text `_type`: an identifier, as Sanity's field names and GROQ need
 * (`/^[A-Za-z_][A-Za-z0-9_]*$/`).
 */
const TYPE_NAME = /^[A-Za-z_]\w*$/
/** Types no extension can have: names every object already has, which maps by type would confuse. */
const RESERVED_TYPES: readonly string[] = ['prototype', ...Object.getOwnPropertyNames(Object.prototype)]

/** What an extension must be, after "must". */
const MUST =
  'be {type, directive: {kind: "text" | "leaf" | "container", name, attributes}, steps as functions}, type a Portable Text type name (not __proto__…), name and attributes distinct names such as "tone"'

/** Whether `extension` is a block extension, its type, name and attributes names. */
function isExtension(extension: Partial<BlockExtension> | null): boolean {
  const directive = extension?.directive
  const attributes: unknown[] = Array.isArray(directive?.attributes) ? directive.attributes : [0]
  return (
    TYPE_NAME.test(String(extension?.type)) &&
    !RESERVED_TYPES.includes(extension?.type as string) &&
    KINDS.includes(directive?.kind as string) &&
    [directive?.name, ...attributes].every((name) => typeof name === 'string' && DIRECTIVE_NAME.test(name)) &&
    new Set(attributes).size === attributes.length &&
    STEPS.every((step) => extension?.[step] === undefined || typeof extension[step] === 'function')
  )
}

/**
 * Checks an `extensions` option: an array of {@link BlockExtension}s, each with a `type`
 * that is a Portable Text type name, a directive `{kind: 'text' | 'leaf' | 'container',
 * name, attributes}` whose name and distinct attribute names Markdown directives can carry,
 * and functions for the steps it gives; then, merged over the built-in ones by `type`, that
 * no two types share a directive name ({@link checkDirectiveNames}).
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} naming the option and the extension at fault.
 */
export function checkExtensions(value: unknown, fn: string, option = 'options.extensions'): readonly BlockExtension[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new OptionError({fn, option, must: 'be an array of block extensions', value})
  value.forEach((extension: Partial<BlockExtension> | null, index) => {
    if (!isExtension(extension)) throw new OptionError({fn, option: `${option}[${index}]`, must: MUST, value: extension})
  })
  const extensions = value as readonly BlockExtension[]
  checkDirectiveNames(extensions, fn, option)
  return extensions
}
