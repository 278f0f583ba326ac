import type {BlockContent, ListItem} from 'mdast'

import {isBlank} from '../plain-text.ts'
import type {ListItemGroup, ToMdastState} from '../types.ts'

/**
 * One list block: its text as a paragraph (none when it shows nothing), then the lists
 * nested under it. An item standing for a skipped level holds only the nested list. An
 * item with no text and nothing nested is left out, as an empty paragraph is.
 */
export function listItem(item: ListItemGroup, state: ToMdastState): ListItem | undefined {
  const children: BlockContent[] = []
  const text = item.block ? state.phrasing(item.block) : []
  if (!isBlank(text)) children.push({type: 'paragraph', children: text})
  for (const group of item.lists) {
    const list = state.list(group)
    if (list) children.push(list)
  }
  if (children.length === 0) return undefined
  return {type: 'listItem', spread: false, children}
}
