import {OptionError} from '../vocabulary/option-error.ts'
import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'
import {toTextFor} from './to-text.ts'

/** Options for {@link readingTime}. */
export interface ReadingTimeOptions extends ToMdastOptions {
  /** Reading speed. Default 230, an adult's average for non-fiction on screen. */
  wordsPerMinute?: number | undefined
}

/** How long a text is. */
export interface ReadingTime {
  /** Words in the text ({@link toText}): runs of characters holding a letter or digit. */
  words: number
  /** Whole minutes, rounded up; at least 1 for any text, 0 for none. */
  minutes: number
}

/**
 * Counts the words of Portable Text (as {@link toText} renders it) and the minutes they take to read.
 *
 * @example
 * ```ts
 * import {readingTime} from '@practice-press/sdk/render'
 * readingTime([{_type: 'block', children: [{_type: 'span', text: 'Three short words.'}]}])
 * // {words: 3, minutes: 1}
 * ```
 * @throws {OptionError} when `wordsPerMinute` is not a positive number.
 */
export function readingTime(blocks: PortableTextInput, options: ReadingTimeOptions = {}): ReadingTime {
  const wordsPerMinute = options.wordsPerMinute ?? 230
  if (typeof wordsPerMinute !== 'number' || !Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new OptionError({fn: 'readingTime', option: 'options.wordsPerMinute', must: 'be a positive number', value: wordsPerMinute})
  }
  const words = countWords(toTextFor(blocks, options, 'readingTime'))
  return {words, minutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute))}
}

/** The words in a text: whitespace-separated runs holding at least one letter or digit. */
export function countWords(text: string): number {
  let words = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++
  return words
}
