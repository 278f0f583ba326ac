import {addHeadingIds} from './html/heading-ids.ts'
import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'
import {toMdastFor} from './to-mdast.ts'

/** One heading in a table of contents. */
export interface TocEntry {
  /** The heading's id in {@link toHtml}'s output (link to `#${id}`). */
  id: string
  /** The heading's text, whitespace collapsed. */
  text: string
  /** 2, 3 or 4, for `h2`, `h3`, `h4`. */
  level: number
}

/** Options for {@link tableOfContents}. */
export interface TableOfContentsOptions extends ToMdastOptions {
  /** The same `headingIdPrefix` given to `toHtml`. Default none. */
  headingIdPrefix?: string | undefined
}

/**
 * The headings of Portable Text, in order, with the ids {@link toHtml} gives them (the same
 * slugs, duplicates numbered the same way). Headings with no text are left out.
 *
 * @example
 * ```ts
 * import {tableOfContents} from '@practice-press/sdk/render'
 * tableOfContents([
 *   {_type: 'block', style: 'h2', children: [{_type: 'span', text: 'Why listen?'}]},
 *   {_type: 'block', style: 'h3', children: [{_type: 'span', text: 'Why listen?'}]},
 * ])
 * // [{id: 'why-listen', text: 'Why listen?', level: 2}, {id: 'why-listen-1', text: 'Why listen?', level: 3}]
 * ```
 */
export function tableOfContents(blocks: PortableTextInput, options: TableOfContentsOptions = {}): TocEntry[] {
  return addHeadingIds(toMdastFor(blocks, options, 'tableOfContents'), options.headingIdPrefix).map(({node, id, text}) => ({id, text, level: node.depth}))
}
