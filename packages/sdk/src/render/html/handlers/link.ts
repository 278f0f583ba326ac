import type {Element} from 'hast'
import type {Link} from 'mdast'
import type {State} from 'mdast-util-to-hast'

import {linkProperties} from '../link-properties.ts'

/** `link` as `<a href>`; external (http(s)) links get `rel="noopener noreferrer"`, and `target="_blank"` when they open in a new tab. */
export function link(state: State, node: Link): Element {
  return {type: 'element', tagName: 'a', properties: linkProperties(node.url, node.data?.openInNewTab === true), children: state.all(node)}
}
