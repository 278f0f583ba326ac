import {defaultExtensions} from '../../../extensions/built-in/index.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import type {DirectiveHandler, DirectiveHandlers} from '../state.ts'
import {emptyBlock} from './empty-block.ts'
import {unknownBlock} from './unknown-block.ts'

/**
 * The default handlers from a leaf or container directive to Portable Text, by directive
 * name: the `fromDirective` step of each built-in block extension (`::image`,
 * `:::callout`, `::pullquote`, `::cta`), and the SDK's own `::empty` and `::unknown`. The
 * importers' `directives` option (by name) and `extensions` are merged over them.
 */
export const fromDirectiveHandlers: Readonly<DirectiveHandlers> = {
  ...Object.fromEntries(
    defaultExtensions
      .filter((extension) => extension.directive.kind !== 'text' && extension.fromDirective)
      .map((extension) => [extension.directive.name, extension.fromDirective as DirectiveHandler]),
  ),
  [DIRECTIVES.empty.name]: emptyBlock,
  [DIRECTIVES.unknown.name]: unknownBlock,
}
