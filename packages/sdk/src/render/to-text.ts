import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'
import {textFromMdast} from './text/text-from-mdast.ts'
import {toMdastFor} from './to-mdast.ts'

/**
 * Renders Portable Text as plain text, for excerpts, search and reading time: blocks
 * separated by blank lines, list items one per line, a picture's caption, a callout's or
 * pull quote's text, a call to action's label. No markup, no URLs.
 *
 * @example
 * ```ts
 * import {toText} from '@practice-press/sdk/render'
 * toText([
 *   {_type: 'block', children: [{_type: 'span', text: 'First.'}]},
 *   {_type: 'callout', tone: 'tip', text: 'Breathe.'},
 * ])
 * // 'First.\n\nBreathe.'
 * ```
 */
export function toText(blocks: PortableTextInput, options: ToMdastOptions = {}): string {
  return toTextFor(blocks, options, 'toText')
}

/** {@link toText} for the public function `fn` (`excerpt`, `readingTime`), which its option errors name. */
export function toTextFor(blocks: PortableTextInput, options: ToMdastOptions, fn: string): string {
  return textFromMdast(toMdastFor(blocks, options, fn), options)
}
