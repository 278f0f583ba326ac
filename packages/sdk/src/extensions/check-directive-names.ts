import {DIRECTIVES, directiveKey} from '../vocabulary/directives.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {mergeExtensions} from './merge-extensions.ts'
import type {BlockExtension} from './types.ts'

/** The SDK's own directives (not block types), which no extension can take. */
const OWN: readonly BlockExtension['directive'][] = [DIRECTIVES.empty, DIRECTIVES.unknown, DIRECTIVES.crisisNotice, DIRECTIVES.lineBreak]

/**
 * The built-in types (`defaultExtensions`) and the SDK's own directives, as `{type, directive}`;
 * the SDK's own under a type no extension can have (`-empty`), so none replaces them.
 */
const BUILT_IN: readonly BlockExtension[] = Object.entries(DIRECTIVES).map(([type, directive]) => ({type: OWN.includes(directive) ? `-${type}` : type, directive}))

/**
 * Checks that `extensions`, merged over the built-in ones by `type` as every stage merges
 * them, leave each directive name to one type, whatever its kind: stage maps are keyed by
 * directive, so a second type claiming `::image` would silently render every picture, and
 * the import's directive handlers are keyed by name alone, so a leaf `::qa` and a container
 * `:::qa` cannot be two types. The SDK's own directive names are no extension's.
 *
 * @throws {OptionError} naming the extension, its type and directive, and the type that has it.
 */
export function checkDirectiveNames(extensions: readonly BlockExtension[], fn: string, option: string): void {
  const byName = new Map<string, BlockExtension>()
  for (const extension of mergeExtensions(BUILT_IN, extensions)) {
    const owner = byName.get(extension.directive.name)
    byName.set(extension.directive.name, extension)
    if (!owner) continue
    // The extension given (the later one, when both are) is the one at fault.
    const [given, other] = extensions.includes(extension) ? [extension, owner] : [owner, extension]
    const index = extensions.indexOf(other)
    const must = OWN.includes(other.directive)
      ? `not take the name of the SDK's own ${directiveKey(other.directive)}`
      : `use a directive name no other type has: ${directiveKey(other.directive)} is ${index < 0 ? 'built-in' : `${option}[${index}]`} "${other.type}"'s (to replace it, give that type)`
    throw new OptionError({fn, option: `${option}[${extensions.lastIndexOf(given)}]`, must, got: `"${given.type}" with ${directiveKey(given.directive)}`})
  }
}
