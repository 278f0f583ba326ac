import type {Nodes} from 'mdast'

import {pullQuote as toHast} from '../../render/html/handlers/pull-quote.ts'
import {nodeText} from '../../render/lib/node-text.ts'
import {portablePullQuote} from '../../render/markdown/portable.ts'
import {pullQuote as toMdast} from '../../render/mdast/handlers/pull-quote.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import type {BlockExtension} from '../types.ts'

/** `pullQuote`: `::pullquote[text]{attribution}`; a `<figure class="pull-quote">`; a quote; its text. */
export const pullQuote: BlockExtension = {
  type: 'pullQuote',
  directive: DIRECTIVES.pullQuote,
  toMdast,
  toHast,
  toPortableMarkdown: portablePullQuote,
  toText: (node: Nodes) => [nodeText(node)],
}
