import type {Handler} from '../types.ts'
import {block} from './block.ts'
import {callToAction} from './call-to-action.ts'
import {callout} from './callout.ts'
import {imageWithCredit} from './image.ts'
import {listItem} from './list-item.ts'
import {list} from './list.ts'
import {pullQuote} from './pull-quote.ts'

/** The default block handlers, by `_type` (and `list`, `listItem` for grouped list blocks). */
export const defaultHandlers: Readonly<Record<string, Handler>> = {
  block: block as Handler,
  list: list as Handler,
  listItem: listItem as Handler,
  imageWithCredit: imageWithCredit as Handler,
  callout: callout as Handler,
  pullQuote: pullQuote as Handler,
  callToAction: callToAction as Handler,
}
