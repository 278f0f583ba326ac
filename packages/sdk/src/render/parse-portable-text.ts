/* oxlint-disable no-this-in-exported-function -- a unified plugin is called with the processor as `this` */
import type {Root} from 'mdast'

import type {ToMdastOptions} from './mdast/types.ts'
import {toMdastFor} from './to-mdast.ts'

/**
 * A unified parser plugin: the file's text is Portable Text as JSON (an array of blocks),
 * parsed into the mdast `toMdast` builds (custom blocks as directives), so any remark
 * pipeline can start from Portable Text: add `remark-directive` and `remark-stringify` for
 * lossless Markdown, or `remark-rehype` with `createHastHandlers()` for HTML.
 *
 * @example
 * ```ts
 * const markdown = String(unified().use(parsePortableText).use(remarkDirective).use(remarkStringify).processSync(JSON.stringify(blocks)))
 * ```
 * @throws {SyntaxError} when the text is not JSON; {OptionError} on bad options.
 */
export function parsePortableText(this: unknown, options?: ToMdastOptions): void {
  const self = this as {parser?: (document: string) => Root}
  self.parser = (document) => toMdastFor(JSON.parse(document) as unknown[], options ?? {}, 'parsePortableText')
}
