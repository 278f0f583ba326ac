import {htmlExtensions} from '../../../extensions/built-in/index.ts'
import type {Handler} from '../types.ts'
import {block} from './block.ts'
import {listItem} from './list-item.ts'
import {list} from './list.ts'

/**
 * The default block handlers, by `_type`: `block` (and `list`, `listItem` for grouped list
 * blocks), then the `toMdast` step of each built-in block extension (`imageWithCredit`,
 * `callout`, `pullQuote`, `callToAction`).
 */
export const defaultHandlers: Readonly<Record<string, Handler>> = {
  block: block as Handler,
  list: list as Handler,
  listItem: listItem as Handler,
  ...Object.fromEntries(htmlExtensions.filter((extension) => extension.directive.kind !== 'text').map((extension) => [extension.type, extension.toMdast as Handler])),
}
