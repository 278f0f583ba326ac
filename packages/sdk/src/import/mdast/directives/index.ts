import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import type {DirectiveHandlers} from '../state.ts'
import {callToAction} from './call-to-action.ts'
import {callout} from './callout.ts'
import {emptyBlock} from './empty-block.ts'
import {image} from './image.ts'
import {pullQuote} from './pull-quote.ts'
import {unknownBlock} from './unknown-block.ts'

/**
 * The default directive handlers, by directive name, for the custom blocks of lossless
 * Markdown: `::image`, `:::callout`, `::pullquote`, `::cta`, `::empty` and `::unknown`. Pass your own
 * in `directives` to add names or replace these.
 */
export const defaultDirectives: Readonly<DirectiveHandlers> = {
  [DIRECTIVES.callout.name]: callout,
  [DIRECTIVES.callToAction.name]: callToAction,
  [DIRECTIVES.empty.name]: emptyBlock,
  [DIRECTIVES.imageWithCredit.name]: image,
  [DIRECTIVES.pullQuote.name]: pullQuote,
  [DIRECTIVES.unknown.name]: unknownBlock,
}
