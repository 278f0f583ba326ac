import type {Element} from 'hast'
import type {ContainerDirective} from 'mdast-util-directive'

import {CALLOUT_LABELS, isCalloutTone} from '../../../vocabulary/callout-tones.ts'
import type {HastState} from '../hast-state.ts'

/** `:::callout` as `<aside role="note" class="callout callout-{tone}">`: the tone's label, then the paragraphs. */
export function callout(state: HastState, node: ContainerDirective): Element {
  const tone = isCalloutTone(node.attributes?.tone) ? node.attributes.tone : 'note'
  const label: Element = {type: 'element', tagName: 'p', properties: {className: ['callout-label']}, children: [{type: 'text', value: CALLOUT_LABELS[tone]}]}
  return {type: 'element', tagName: 'aside', properties: {role: 'note', className: ['callout', `callout-${tone}`]}, children: [label, ...state.all(node)]}
}
