import type {Element} from 'hast'
import type {LeafDirective} from 'mdast-util-directive'

import {resolvedOf, type ResolvedLink} from '../../mdast/directives.ts'
import {linkProperties} from '../link-properties.ts'
import {htmlOptionsOf} from '../options.ts'
import type {HastState} from '../hast-state.ts'

/** `::cta` as a link styled as a button: `<p class="call-to-action"><a class="button" href>…</a></p>`; the label alone when it leads nowhere known. */
export function callToAction(state: HastState, node: LeafDirective): Element {
  const label = state.all(node)
  const url = resolvedOf<ResolvedLink>(node)?.url
  const properties = url ? {...linkProperties(url, {baseUrl: htmlOptionsOf(state).baseUrl, pageUrl: htmlOptionsOf(state).pageUrl}), className: ['button']} : undefined
  const children = properties ? [{type: 'element' as const, tagName: 'a', properties, children: label}] : label
  return {type: 'element', tagName: 'p', properties: {className: ['call-to-action']}, children}
}
