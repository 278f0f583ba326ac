import type {Graph, Thing, WithContext} from 'schema-dts'

import {OptionError} from '../../vocabulary/option-error.ts'

/**
 * A `<script type="application/ld+json">` element holding the data, safe inside any HTML
 * page: `<`, `>` and `&` in any string are written as `\u003c`, `\u003e`, `\u0026` (and
 * U+2028, U+2029 escaped), so `</script>` and `<!--` in a title cannot end the script or
 * open a comment (HTML Living Standard, "restrictions for contents of script elements").
 * JSON parsers read the same values back.
 *
 * @example
 * ```ts
 * jsonLdScript(blogPostingJsonLd(article, practice))
 * // '<script type="application/ld+json">{"@context":"https://schema.org",...}</script>'
 * ```
 * @throws {OptionError} naming `data` when it is not an object or an array of them.
 */
export function jsonLdScript(data: WithContext<Thing> | Graph | ReadonlyArray<WithContext<Thing>>): string {
  if (typeof data !== 'object' || data === null) {
    throw new OptionError({fn: 'jsonLdScript', option: 'data', must: 'be a JSON-LD object (or an array of them), such as blogPostingJsonLd(...) returns', value: data})
  }
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `<script type="application/ld+json">${json}</script>`
}
