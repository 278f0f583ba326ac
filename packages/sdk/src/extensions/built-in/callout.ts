import {callout as toHast} from '../../render/html/handlers/callout.ts'
import {portableCallout} from '../../render/markdown/portable.ts'
import {callout as toMdast} from '../../render/mdast/handlers/callout.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import type {BlockExtension} from '../types.ts'

/** `callout`: `:::callout{tone}`; an `<aside role="note">`; `> **Tip:** text`; its text. */
export const callout: BlockExtension = {
  type: 'callout',
  directive: DIRECTIVES.callout,
  toMdast,
  toHast,
  toPortableMarkdown: portableCallout,
  toText: (node: {children: never[]}, text) => text.blocks(node.children),
}
