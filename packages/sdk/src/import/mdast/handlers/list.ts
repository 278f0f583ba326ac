import type {List, ListItem, PhrasingContent} from 'mdast'

import type {ImportedBlock} from '../../types.ts'
import type {FlowHandler, ImportState} from '../state.ts'

/**
 * A list: one block per item, with `listItem` `bullet` or `number` and `level` 1 for the
 * outer list, 2 for a list inside an item, and so on. An item's second paragraph joins
 * its first after a line break; other blocks inside an item leave the list. Both are
 * reported, as are a numbered list that does not start at 1 and check boxes.
 */
export const list: FlowHandler<List> = (node, state) => listBlocks(node, 1, state)

function listBlocks(node: List, level: number, state: ImportState): ImportedBlock[] {
  const listItem = node.ordered ? 'number' : 'bullet'
  if (node.ordered && typeof node.start === 'number' && node.start !== 1) {
    state.reporter.add('list-start', `A numbered list started at ${node.start}; in the article it starts at 1.`, node)
  }
  const blocks: ImportedBlock[] = []
  for (const item of node.children) blocks.push(...itemBlocks(item, listItem, level, state))
  return blocks
}

function itemBlocks(item: ListItem, listItem: 'bullet' | 'number', level: number, state: ImportState): ImportedBlock[] {
  if (typeof item.checked === 'boolean') {
    state.reporter.add('task-list', `A checklist item (${item.checked ? 'checked' : 'not checked'}) became a plain list item.`, item)
  }
  const blocks: ImportedBlock[] = []
  const text: PhrasingContent[] = []
  let paragraphs = 0
  let textAt = 0
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (paragraphs > 0) {
        state.reporter.add('list-item-content', 'A list item had more than one paragraph: they were joined with a line break.', child)
        text.push({type: 'break'})
      } else {
        textAt = blocks.length
      }
      paragraphs++
      text.push(...child.children)
    } else if (child.type === 'list') {
      blocks.push(...listBlocks(child, level + 1, state))
    } else {
      state.reporter.add('list-item-content', `A list item held a ${child.type}: it was taken out of the list.`, child)
      blocks.push(...state.one(child))
    }
  }
  if (paragraphs > 0) blocks.splice(textAt, 0, ...state.inline(text, {style: 'normal', listItem, level}))
  return blocks
}
