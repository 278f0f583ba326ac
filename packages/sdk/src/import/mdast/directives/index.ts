import {defaultExtensions} from '../../../extensions/built-in/index.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import type {DirectiveHandler, DirectiveHandlers} from '../state.ts'
import {emptyBlock} from './empty-block.ts'
import {unknownBlock} from './unknown-block.ts'

/**
 * The default directive handlers, by directive name: the `fromDirective` step of each
 * built-in block extension with a leaf or container directive (`::image`, `:::callout`,
 * `::pullquote`, `::cta`), and the SDK's own `::empty` and `::unknown`. Pass your own in
 * `directives` (by name) or `extensions`.
 */
export const defaultDirectives: Readonly<DirectiveHandlers> = {
  ...Object.fromEntries(
    defaultExtensions
      .filter((extension) => extension.directive.kind !== 'text' && extension.fromDirective)
      .map((extension) => [extension.directive.name, extension.fromDirective as DirectiveHandler]),
  ),
  [DIRECTIVES.empty.name]: emptyBlock,
  [DIRECTIVES.unknown.name]: unknownBlock,
}
