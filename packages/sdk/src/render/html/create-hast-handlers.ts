import type {Element, ElementContent} from 'hast'

import {KEYS} from '../../vocabulary/directives.ts'
import {own} from '../../vocabulary/own.ts'
import {directiveKey, type Directive} from '../mdast/directives.ts'
import {fallbackToHast} from '../../extensions/fallbacks.ts'
import {htmlExtensions} from '../../extensions/built-in/index.ts'
import {stageMap} from '../../extensions/render-stages.ts'
import type {BlockExtension} from '../../extensions/types.ts'
import {resolveOnWarning} from '../warning.ts'
import {crisisNotice} from './handlers/crisis-notice.ts'
import {link} from './handlers/link.ts'
import type {HastHandler, HastState} from './hast-state.ts'
import type {ToHtmlOptions} from './options.ts'

const toHast = (extension: BlockExtension) => extension.toHast

/**
 * The hast handlers of every block type, for our fast step and for a developer's own
 * `remark-rehype` pipeline alike (`unified().use(remarkRehype, {handlers: createHastHandlers()})`
 * renders our pictures, callouts, pull quotes and calls to action from `toMdast`'s tree;
 * give remark-rehype the same `baseUrl` or `imageUrl` options to use them). The handlers: `link`, and the directives by key (`::image`,
 * `:::callout`, `:::crisis-notice`, `::pullquote`, `::cta`, `:link`, `:internal`;
 * `::unknown` and `::empty` render nothing), with the caller's `hastHandlers` merged over them. A
 * directive with no handler renders its content only.
 */
export function createHastHandlers(options: ToHtmlOptions = {}): Record<string, HastHandler> {
  const onWarning = resolveOnWarning(options.onWarning, 'createHastHandlers')
  const warn = (type: string, message: string) => onWarning({type, path: [], message})
  const byKey: Record<string, HastHandler> = {
    ...stageMap(htmlExtensions, options.extensions, toHast, (extension) => fallbackToHast(extension, warn)),
    [KEYS.crisisNotice]: crisisNotice,
    [KEYS.unknown]: () => undefined,
    [KEYS.empty]: () => undefined,
    link,
    ...options.hastHandlers,
  }
  const directive = (state: HastState, node: Directive): Element | ElementContent[] | ElementContent | undefined => {
    const handler = own(byKey, directiveKey(node) ?? '')
    return handler ? handler(state, node as never, undefined) : state.all(node)
  }
  return {...byKey, leafDirective: directive, containerDirective: directive, textDirective: directive}
}
