import type {PortableTextBlock} from '../portable-text.ts'
import {describe} from '../../vocabulary/describe.ts'
import type {ListGroup, ListItemGroup} from './types.ts'

/** A list block and its index in the input. */
export interface IndexedListBlock {
  block: PortableTextBlock
  index: number
}

/** The deepest list nesting rendered; deeper items join the list at this depth. */
export const MAX_LIST_DEPTH = 16

/**
 * Groups consecutive list blocks into nested lists by `level`. An item one level deeper
 * than the item before it nests under that item. An item that skips levels (level 3
 * after level 1), or a first item deeper than 1, keeps its level: an item with no text
 * (no `block`) stands for each level skipped, as @portabletext/to-html writes it and as
 * Markdown needs it to keep the level. A different `listItem` at the same level starts a
 * new list next to the previous one. Levels past {@link MAX_LIST_DEPTH} count as that
 * depth (no page needs deeper lists, and renderers and browsers recurse per level).
 */
export function groupLists(run: readonly IndexedListBlock[]): ListGroup[] {
  const roots: ListGroup[] = []
  const stack: ListGroup[] = []
  for (const {block, index} of run) {
    const level = Math.min(listLevel(block.level), MAX_LIST_DEPTH)
    const kind = typeof block.listItem === 'string' ? block.listItem : describe(block.listItem)
    while (stack.length > 0 && (stack[stack.length - 1] as ListGroup).level > level) stack.pop()
    let top = stack[stack.length - 1]
    if (top && top.level === level && top.listItem !== kind) {
      stack.pop()
      top = stack[stack.length - 1]
    }
    const item: ListItemGroup = {block, index, lists: []}
    if (top && top.level === level) {
      top.items.push(item)
      continue
    }
    let parent = top?.items[top.items.length - 1]
    for (let depth = top ? top.level + 1 : 1; depth <= level; depth++) {
      const list: ListGroup = {listItem: kind, level: depth, items: []}
      if (parent) parent.lists.push(list)
      else roots.push(list)
      stack.push(list)
      if (depth === level) list.items.push(item)
      else {
        parent = {index, lists: []}
        list.items.push(parent)
      }
    }
  }
  return roots
}

/** A block's list level: a whole number from 1; anything else counts as 1. */
export function listLevel(level: unknown): number {
  return typeof level === 'number' && Number.isFinite(level) && level >= 1 ? Math.floor(level) : 1
}
