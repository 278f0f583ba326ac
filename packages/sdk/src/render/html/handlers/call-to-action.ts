import type {Element} from 'hast'
import type {State} from 'mdast-util-to-hast'

import type {CallToActionNode} from '../../mdast/nodes.ts'
import {linkProperties} from '../link-properties.ts'

/** `callToAction` as a link styled as a button: `<p class="call-to-action"><a class="button" href>…</a></p>`; the label alone when it leads nowhere known. */
export function callToAction(state: State, node: CallToActionNode): Element {
  const label = state.all(node)
  const children = node.url
    ? [{type: 'element' as const, tagName: 'a', properties: {...linkProperties(node.url), className: ['button']}, children: label}]
    : label
  return {type: 'element', tagName: 'p', properties: {className: ['call-to-action']}, children}
}
