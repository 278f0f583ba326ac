import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import type {DirectiveHandlers} from '../state.ts'
import {callToAction} from './call-to-action.ts'
import {callout} from './callout.ts'
import {emptyBlock} from './empty-block.ts'
import {image} from './image.ts'
import {pullQuote} from './pull-quote.ts'
import {unknownBlock} from './unknown-block.ts'

/**
 * The default handlers from a leaf or container directive to Portable Text, by directive
 * name (from the directive table): the import step of each built-in block extension
 * (`::image`, `:::callout`, `::pullquote`, `::cta`; `defaultExtensions` from
 * `@practice-press/sdk/import` carries them as `fromDirective`), and the SDK's own
 * `::empty` and `::unknown`. They live here, not in the extension objects render reads, so
 * a page that only renders HTML does not carry the importer (the toHtml bundle budget).
 * The importers' `directives` option (by name) and `extensions` are merged over them.
 */
export const fromDirectiveHandlers: Readonly<DirectiveHandlers> = {
  [DIRECTIVES.imageWithCredit.name]: image,
  [DIRECTIVES.callout.name]: callout,
  [DIRECTIVES.pullQuote.name]: pullQuote,
  [DIRECTIVES.callToAction.name]: callToAction,
  [DIRECTIVES.empty.name]: emptyBlock,
  [DIRECTIVES.unknown.name]: unknownBlock,
}
