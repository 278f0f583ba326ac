import type {List, ListItem} from 'mdast'

import {describe} from '../../../vocabulary/describe.ts'
import type {ListGroup, ToMdastState} from '../types.ts'

/**
 * A group of list blocks: `bullet` as an unordered list, `number` as an ordered list
 * starting at 1. Another `listItem` renders as bullets, with a warning.
 */
export function list(group: ListGroup, state: ToMdastState): List | undefined {
  const ordered = group.listItem === 'number'
  // Warned once per list of real items (the items standing for skipped levels carry none).
  const first = group.items.find((item) => item.block)
  if (!ordered && group.listItem !== 'bullet' && first) {
    state.warn(
      group.listItem,
      `the list kind ${describe(group.listItem)} is not bullet or number; it was rendered as bullets.`,
      [typeof first.block?._key === 'string' ? {_key: first.block._key} : first.index],
    )
  }
  const children = group.items.map((item) => state.listItem(item)).filter((item): item is ListItem => item !== undefined)
  if (children.length === 0) return undefined
  return ordered ? {type: 'list', ordered, start: 1, spread: false, children} : {type: 'list', ordered, spread: false, children}
}
