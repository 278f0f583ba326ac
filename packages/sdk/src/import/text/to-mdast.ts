import type {List, Root, RootContent} from 'mdast'
import type {Position} from 'unist'

import {withImageExtras} from '../mdast/image-data.ts'
import type {TextElement} from './elements.ts'
import type {ListLine} from './pieces.ts'

/**
 * Writes what was read from pasted text as mdast, for the import's common step. Each node
 * carries the line it came from, so reports point at the input.
 */
export function textElementsToMdast(elements: readonly TextElement[]): Root {
  return {type: 'root', children: elements.flatMap(toNodes)}
}

function toNodes(element: TextElement): RootContent[] {
  const position = at(element.line)
  switch (element.type) {
    case 'heading':
      return [{type: 'heading', depth: element.depth, children: [{type: 'text', value: element.text}], position}]
    case 'paragraph':
      return [{type: 'paragraph', children: [{type: 'text', value: element.text}], position}]
    case 'image': {
      const image = withImageExtras({type: 'image', url: '', alt: element.alt ?? null, position}, element.credit ? {credit: element.credit} : {})
      return [{type: 'paragraph', children: [image], position}]
    }
    case 'list':
      return nestList(element.items)
  }
}

/** Builds nested lists from flat items with levels; an item deeper than the one above goes inside it. */
function nestList(items: readonly ListLine[]): List[] {
  const root: List = {type: 'list', ordered: items[0]?.ordered ?? false, start: items[0]?.number ?? 1, spread: false, children: [], position: at(items[0]?.line ?? 1)}
  const lists: List[] = [root]
  const outer: List[] = [root]
  for (const item of items) {
    // Find or make the list at this item's level.
    while (lists.length > item.level) lists.pop()
    while (lists.length < item.level) {
      const parentList = lists.at(-1) as List
      let parentItem = parentList.children.at(-1)
      if (!parentItem) {
        parentItem = {type: 'listItem', spread: false, children: []}
        parentList.children.push(parentItem)
      }
      const nested: List = {type: 'list', ordered: item.ordered, start: item.number, spread: false, children: [], position: at(item.line)}
      parentItem.children.push(nested)
      lists.push(nested)
    }
    let list = lists.at(-1) as List
    if (list.ordered !== item.ordered) {
      // A change from bullets to numbers (or back) at the same level starts a new list.
      const fresh: List = {type: 'list', ordered: item.ordered, start: item.number, spread: false, children: [], position: at(item.line)}
      const parentItem = lists.at(-2)?.children.at(-1)
      if (parentItem) parentItem.children.push(fresh)
      else outer.push(fresh)
      lists[lists.length - 1] = fresh
      list = fresh
    }
    list.children.push({
      type: 'listItem',
      spread: false,
      children: [{type: 'paragraph', children: [{type: 'text', value: item.text}]}],
      position: at(item.line),
    })
  }
  return outer
}

function at(line: number): Position {
  return {start: {line, column: 1}, end: {line, column: 1}}
}
