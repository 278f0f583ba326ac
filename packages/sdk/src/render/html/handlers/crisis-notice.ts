import type {Element} from 'hast'
import type {ContainerDirective} from 'mdast-util-directive'
import type {HastState} from '../hast-state.ts'

/** `:::crisis-notice`, like a callout: `<aside role="note" class="callout callout-crisis">`, its heading as the label. */
export function crisisNotice(state: HastState, node: ContainerDirective): Element {
  const label: Element = {
    type: 'element',
    tagName: 'p',
    properties: {className: ['callout-label']},
    children: [{type: 'text', value: node.attributes?.heading ?? ''}],
  }
  return {type: 'element', tagName: 'aside', properties: {role: 'note', className: ['callout', 'callout-crisis']}, children: [label, ...state.all(node)]}
}
