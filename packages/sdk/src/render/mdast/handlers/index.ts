import {htmlExtensions} from '../../../extensions/built-in/index.ts'
import type {Handler} from '../types.ts'
import {block} from './block.ts'
import {listItem} from './list-item.ts'
import {list} from './list.ts'

/**
 * The default block handlers from Portable Text to mdast, by `_type`: `block` (and `list`,
 * `listItem` for grouped list blocks), then the `toMdast` step of each built-in block
 * extension (`imageWithCredit`, `callout`, `pullQuote`, `callToAction`). The renderers'
 * `handlers` option is merged over them; import's reverse map is `fromMdastHandlers`.
 */
export const toMdastHandlers: Readonly<Record<string, Handler>> = {
  block: block as Handler,
  list: list as Handler,
  listItem: listItem as Handler,
  ...Object.fromEntries(htmlExtensions.filter((extension) => extension.directive.kind !== 'text').map((extension) => [extension.type, extension.toMdast as Handler])),
}
