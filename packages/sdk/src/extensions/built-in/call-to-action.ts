import type {Nodes} from 'mdast'

import {callToAction as toHast} from '../../render/html/handlers/call-to-action.ts'
import {portableCallToAction} from '../../render/markdown/portable.ts'
import {callToAction as toMdast} from '../../render/mdast/handlers/call-to-action.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import type {BlockExtension} from '../types.ts'

/** `callToAction`: `::cta[label]{href}` or `{ref}`; a button link; a bold link; its label. */
export const callToAction: BlockExtension = {
  type: 'callToAction',
  directive: DIRECTIVES.callToAction,
  toMdast,
  toHast,
  toPortableMarkdown: portableCallToAction,
  toText: (node: Nodes, text) => [text.phrasing(node)],
}
