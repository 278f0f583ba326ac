import type {Nodes} from 'mdast'

import {callToAction as fromDirective} from '../../import/mdast/directives/call-to-action.ts'
import {callToAction as toHast} from '../../render/html/handlers/call-to-action.ts'
import {portableCallToAction} from '../../render/markdown/portable.ts'
import {callToAction as toMdast} from '../../render/mdast/handlers/call-to-action.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import {addSteps} from '../add-steps.ts'
import type {BlockExtension} from '../types.ts'

/** `callToAction` as HTML needs it: `::cta[label]{href}` or `{ref}`, then a button link. */
export const callToActionForHtml: BlockExtension = {type: 'callToAction', directive: DIRECTIVES.callToAction, toMdast, toHast}

/** `callToAction` in every stage: `::cta[label]{href}` or `{ref}`; a button link; a bold link; its label; read back with its target. */
export const callToAction: BlockExtension = /* @__PURE__ */ addSteps(callToActionForHtml, {
  toPortableMarkdown: portableCallToAction,
  toText: (node: Nodes, text) => [text.phrasing(node)],
  fromDirective,
})
