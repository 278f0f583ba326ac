import type {Element, ElementContent} from 'hast'
import type {State} from 'mdast-util-to-hast'

import type {PullQuoteNode} from '../../mdast/nodes.ts'

/** `pullQuote` as `<figure class="pull-quote"><blockquote><p>…</p></blockquote><figcaption>— who</figcaption></figure>`. */
export function pullQuote(state: State, node: PullQuoteNode): Element {
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: 'blockquote',
      properties: {},
      children: [{type: 'element', tagName: 'p', properties: {}, children: state.all(node)}],
    },
  ]
  if (node.attribution) {
    children.push({type: 'element', tagName: 'figcaption', properties: {}, children: [{type: 'text', value: `— ${node.attribution}`}]})
  }
  return {type: 'element', tagName: 'figure', properties: {className: ['pull-quote']}, children}
}
