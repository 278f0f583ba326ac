import type {PortableTextBlock} from '../portable-text.ts'
import type {ListGroup} from './types.ts'

/** A list block and its index in the input. */
export interface IndexedListBlock {
  block: PortableTextBlock
  index: number
}

/**
 * Groups consecutive list blocks into nested lists by `level`. A block at a deeper level
 * than the list before it nests under that list's last item (whatever the gap: level 3
 * after level 1 nests once); a first block deeper than 1 starts a list at its level. A
 * different `listItem` at the same level starts a new list next to the previous one.
 */
export function groupLists(run: readonly IndexedListBlock[]): ListGroup[] {
  const roots: ListGroup[] = []
  const stack: ListGroup[] = []
  for (const {block, index} of run) {
    const level = listLevel(block.level)
    const kind = typeof block.listItem === 'string' ? block.listItem : String(block.listItem)
    while (stack.length > 0 && (stack[stack.length - 1] as ListGroup).level > level) stack.pop()
    let top = stack[stack.length - 1]
    if (top && top.level === level && top.listItem !== kind) {
      stack.pop()
      top = stack[stack.length - 1]
    }
    const item = {block, index, lists: []}
    if (top && top.level === level) {
      top.items.push(item)
      continue
    }
    const list: ListGroup = {listItem: kind, level, items: [item]}
    const parent = top?.items[top.items.length - 1]
    if (parent) parent.lists.push(list)
    else roots.push(list)
    stack.push(list)
  }
  return roots
}

/** A block's list level: a whole number from 1; anything else counts as 1. */
export function listLevel(level: unknown): number {
  return typeof level === 'number' && Number.isFinite(level) && level >= 1 ? Math.floor(level) : 1
}
