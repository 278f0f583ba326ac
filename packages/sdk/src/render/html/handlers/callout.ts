import type {Element} from 'hast'
import type {State} from 'mdast-util-to-hast'

import type {CalloutNode} from '../../mdast/nodes.ts'

/** `callout` as `<aside role="note" class="callout callout-{tone}">`: a label, then the paragraphs. */
export function callout(state: State, node: CalloutNode): Element {
  const label: Element = {type: 'element', tagName: 'p', properties: {className: ['callout-label']}, children: [{type: 'text', value: node.label}]}
  return {
    type: 'element',
    tagName: 'aside',
    properties: {role: 'note', className: ['callout', `callout-${node.tone}`]},
    children: [label, ...state.all(node)],
  }
}
