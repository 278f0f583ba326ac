import {callout as fromDirective} from '../../import/mdast/directives/callout.ts'
import {callout as toHast} from '../../render/html/handlers/callout.ts'
import {portableCallout} from '../../render/markdown/portable.ts'
import {callout as toMdast} from '../../render/mdast/handlers/callout.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import {addSteps} from '../add-steps.ts'
import type {BlockExtension} from '../types.ts'

/** `callout` as HTML needs it: `:::callout{tone}`, then an `<aside role="note">`. */
export const calloutForHtml: BlockExtension = {type: 'callout', directive: DIRECTIVES.callout, toMdast, toHast}

/** `callout` in every stage: `:::callout{tone}`; an `<aside role="note">`; `> **Tip:** text`; its text; read back with its tone. */
export const callout: BlockExtension = /* @__PURE__ */ addSteps(calloutForHtml, {
  toPortableMarkdown: portableCallout,
  toText: (node: {children: never[]}, text) => text.blocks(node.children),
  fromDirective,
})
