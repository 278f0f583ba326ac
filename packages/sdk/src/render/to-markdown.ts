import {OptionError} from '../vocabulary/option-error.ts'
import {markdownFromMdast} from './markdown/markdown-from-mdast.ts'
import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'
import {toMdastFor} from './to-mdast.ts'

/** Options for {@link toMarkdown}. */
export interface ToMarkdownOptions extends ToMdastOptions {
  /**
   * Write custom blocks (pictures, callouts, pull quotes, calls to action), links that open
   * in a new tab, internal links, unknown blocks, empty blocks (`::empty`) and a heading's
   * line breaks (`:br[]`) as directives (`::image[alt]{ref=…}`), and spaces at either end of
   * a block as character references (`&#x20;`), so that importing the Markdown gives back
   * the same Portable Text (what it does not keep: the SDK README, "What lossless keeps"). Default `false`:
   * portable Markdown that reads well on other sites.
   */
  lossless?: boolean | undefined
}

/**
 * Renders Portable Text as GitHub Flavored Markdown, per the mapping in
 * `docs/portable-text-and-markdown.md`: `-` bullets, `*emphasis*`, `**strong**`; custom
 * blocks degraded to readable Markdown, or, with `lossless`, written as directives.
 *
 * @example
 * ```ts
 * import {toMarkdown} from '@practice-press/sdk/render'
 * toMarkdown([{_type: 'callout', tone: 'tip', text: 'Take a breath.'}])
 * // '> **Tip:** Take a breath.\n'
 * toMarkdown([{_type: 'callout', tone: 'tip', text: 'Take a breath.'}], {lossless: true})
 * // ':::callout{tone="tip"}\nTake a breath.\n:::\n'
 * ```
 * @throws {OptionError} when an option has the wrong type (naming the option).
 */
export function toMarkdown(blocks: PortableTextInput, options: ToMarkdownOptions = {}): string {
  if (options.lossless !== undefined && typeof options.lossless !== 'boolean') {
    throw new OptionError({fn: 'toMarkdown', option: 'options.lossless', must: 'be true or false', value: options.lossless})
  }
  const lossless = options.lossless === true
  return markdownFromMdast(toMdastFor(blocks, lossless ? {...options, emptyBlocks: true} : options, 'toMarkdown'), {...options, lossless})
}
