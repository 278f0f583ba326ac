import type {Element, ElementContent} from 'hast'
import type {LeafDirective} from 'mdast-util-directive'

import {nodeText} from '../../lib/node-text.ts'

/** `::pullquote` as `<figure class="pull-quote"><blockquote><p>…</p></blockquote><figcaption>— who</figcaption></figure>`. */
export function pullQuote(_state: unknown, node: LeafDirective): Element {
  const text: ElementContent[] = []
  nodeText(node)
    .split('\n')
    .forEach((line, index) => {
      if (index > 0) text.push({type: 'element', tagName: 'br', properties: {}, children: []})
      if (line !== '') text.push({type: 'text', value: line})
    })
  const children: ElementContent[] = [
    {type: 'element', tagName: 'blockquote', properties: {}, children: [{type: 'element', tagName: 'p', properties: {}, children: text}]},
  ]
  const attribution = node.attributes?.attribution
  if (attribution) {
    children.push({type: 'element', tagName: 'figcaption', properties: {}, children: [{type: 'text', value: `— ${attribution}`}]})
  }
  return {type: 'element', tagName: 'figure', properties: {className: ['pull-quote']}, children}
}
