import type {Element, ElementContent} from 'hast'
import type {Handler, Handlers, State} from 'mdast-util-to-hast'

import {KEYS} from '../../vocabulary/directives.ts'
import {own} from '../../vocabulary/own.ts'
import {directiveKey, type Directive} from '../mdast/directives.ts'
import {createCallToActionHandler} from './handlers/call-to-action.ts'
import {callout} from './handlers/callout.ts'
import {crisisNotice} from './handlers/crisis-notice.ts'
import {createImageHandler} from './handlers/image.ts'
import {createInternalLinkHandler} from './handlers/internal-link.ts'
import {createLinkHandler} from './handlers/link.ts'
import {pullQuote} from './handlers/pull-quote.ts'
import type {ToHtmlOptions} from './options.ts'

/**
 * The mdast-util-to-hast handlers: `link`, and the directives by key (`::image`,
 * `:::callout`, `:::crisis-notice`, `::pullquote`, `::cta`, `:link`, `:internal`;
 * `::unknown` and `::empty` render nothing), with the caller's `hastHandlers` merged over them. A
 * directive with no handler renders its content only.
 */
export function createHastHandlers(options: ToHtmlOptions): Handlers {
  const link = createLinkHandler(options.baseUrl)
  const byKey: Record<string, Handler> = {
    [KEYS.imageWithCredit]: createImageHandler(options),
    [KEYS.callout]: callout,
    [KEYS.crisisNotice]: crisisNotice,
    [KEYS.pullQuote]: pullQuote,
    [KEYS.callToAction]: createCallToActionHandler(options.baseUrl),
    [KEYS.link]: link,
    [KEYS.internalLink]: createInternalLinkHandler(options.baseUrl),
    [KEYS.unknown]: () => undefined,
    [KEYS.empty]: () => undefined,
    link,
    ...options.hastHandlers,
  }
  const directive = (state: State, node: Directive): Element | ElementContent[] | ElementContent | undefined => {
    const handler = own(byKey, directiveKey(node) ?? '')
    return handler ? handler(state, node, undefined) : state.all(node)
  }
  return {...byKey, leafDirective: directive, containerDirective: directive, textDirective: directive}
}
