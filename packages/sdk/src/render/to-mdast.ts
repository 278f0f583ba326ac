import type {Root} from 'mdast'

import {runPlugins} from '../plugins/run-plugins.ts'
import {blocksToMdast, createState} from './mdast/state.ts'
import type {ToMdastOptions} from './mdast/types.ts'
import type {PortableTextInput} from './portable-text.ts'

/**
 * Turns Portable Text into an mdast tree: one handler per block type, list and mark,
 * merged over the defaults; consecutive list blocks grouped into nested lists by `level`.
 * Custom types become directives, as lossless Markdown writes them (`::image`,
 * `:::callout`, `::pullquote`, `::cta`, `:link`, `:internal`; see `mdast/directives.ts`);
 * unknown block types become `::unknown` (kept by lossless Markdown only) and are
 * reported through `onWarning`.
 *
 * @example
 * ```ts
 * import {toMdast} from '@practice-press/sdk/render'
 * const tree = toMdast([{_type: 'block', style: 'h2', children: [{_type: 'span', text: 'Hello'}]}])
 * // {type: 'root', children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'Hello'}]}]}
 * ```
 * @throws {OptionError} when an option has the wrong type (naming the option).
 */
export function toMdast(blocks: PortableTextInput, options: ToMdastOptions = {}): Root {
  return toMdastFor(blocks, options, 'toMdast')
}

/** {@link toMdast} for the public function `fn` (`toHtml`, `renderArticle`, ...), which its option errors name. */
export function toMdastFor(blocks: PortableTextInput, options: ToMdastOptions, fn: string): Root {
  const state = createState(options, fn)
  return runPlugins<Root>({type: 'root', children: blocksToMdast(blocks, state)}, options.remarkPlugins, options.unified, 'remarkPlugins', fn)
}
