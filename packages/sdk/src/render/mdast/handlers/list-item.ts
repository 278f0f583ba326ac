import type {BlockContent, ListItem} from 'mdast'

import type {ListItemGroup, ToMdastState} from '../types.ts'

/** One list block: its text as a paragraph, followed by the lists nested under it. */
export function listItem(item: ListItemGroup, state: ToMdastState): ListItem {
  const children: BlockContent[] = [{type: 'paragraph', children: state.phrasing(item.block)}]
  for (const group of item.lists) {
    const list = state.list(group)
    if (list) children.push(list)
  }
  return {type: 'listItem', spread: false, children}
}
