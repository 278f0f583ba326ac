import {OptionError} from '../vocabulary/option-error.ts'
import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'
import {toTextFor} from './to-text.ts'

/** Options for {@link excerpt}. */
export interface ExcerptOptions extends ToMdastOptions {
  /** The longest excerpt, in characters, the ellipsis included. Default 160. */
  maxLength?: number | undefined
}

/**
 * The start of Portable Text as one line of plain text ({@link toText}, whitespace
 * collapsed), at most `maxLength` characters: when it is longer, it is cut at the last
 * word boundary that fits, trailing punctuation dropped, and `…` added.
 *
 * @example
 * ```ts
 * import {excerpt} from '@practice-press/sdk/render'
 * excerpt([{_type: 'block', children: [{_type: 'span', text: 'Listening well changes the tone.'}]}], {maxLength: 20})
 * // 'Listening well…'
 * ```
 * @throws {OptionError} when `maxLength` is not a whole number of at least 2.
 */
export function excerpt(blocks: PortableTextInput, options: ExcerptOptions = {}): string {
  const maxLength = options.maxLength ?? 160
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new OptionError({fn: 'excerpt', option: 'options.maxLength', must: 'be a whole number of at least 2', value: maxLength})
  }
  return truncate(toTextFor(blocks, options, 'excerpt').replace(/\s+/g, ' ').trim(), maxLength)
}

/** Cuts text to `maxLength` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text)
  if (chars.length <= maxLength) return text
  const room = chars.slice(0, maxLength - 1).join('')
  const fitsWholeWord = chars[maxLength - 1] === ' '
  const boundary = fitsWholeWord ? room.length : room.lastIndexOf(' ')
  const cut = boundary > 0 ? room.slice(0, boundary) : room
  return `${cut.replace(/[\s,;:.!?\-–—(]+$/u, '')}…`
}
