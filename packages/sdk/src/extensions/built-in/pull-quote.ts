import type {Nodes} from 'mdast'

import {pullQuote as fromDirective} from '../../import/mdast/directives/pull-quote.ts'
import {pullQuote as toHast} from '../../render/html/handlers/pull-quote.ts'
import {nodeText} from '../../render/lib/node-text.ts'
import {portablePullQuote} from '../../render/markdown/portable.ts'
import {pullQuote as toMdast} from '../../render/mdast/handlers/pull-quote.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import {addSteps} from '../add-steps.ts'
import type {BlockExtension} from '../types.ts'

/** `pullQuote` as HTML needs it: `::pullquote[text]{attribution}`, then a `<figure class="pull-quote">`. */
export const pullQuoteForHtml: BlockExtension = {type: 'pullQuote', directive: DIRECTIVES.pullQuote, toMdast, toHast}

/** `pullQuote` in every stage: `::pullquote[text]{attribution}`; a `<figure class="pull-quote">`; a quote; its text; read back with its attribution. */
export const pullQuote: BlockExtension = /* @__PURE__ */ addSteps(pullQuoteForHtml, {
  toPortableMarkdown: portablePullQuote,
  toText: (node: Nodes) => [nodeText(node)],
  fromDirective,
})
