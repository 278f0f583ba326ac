import type {Element, ElementContent} from 'hast'

import type {Reporter} from '../../report.ts'

/** A list item read from a paragraph that only says its level (Word's lists), not yet nested. */
export interface FlatItem {
  /** Numbered or bulleted. */
  ordered: boolean
  /** 1 for the outermost level. */
  level: number
  /** What goes into the `<li>`. */
  children: ElementContent[]
  /** The element the item was read from, for the report. */
  source: Element
}

/**
 * Nested `<ul>`/`<ol>` elements for items that each carry a level, as HTML's own lists nest
 * them: an item one level deeper goes into a list inside the item before it. A level more
 * than one below the one before (level 1, then 3) is taken one level deeper, and reported
 * (`list-level`). A change between bullets and numbers at the same level starts a new list.
 */
export function nestFlatItems(items: FlatItem[], reporter: Reporter): Element[] {
  const top: Element[] = []
  const open: Element[] = []
  for (const item of items) {
    let level = Math.max(1, item.level)
    if (level > open.length + 1) {
      reporter.add('list-level', `A list item at level ${level} follows one at level ${open.length || 1}: it was put at level ${open.length + 1}.`, item.source)
      level = open.length + 1
    }
    open.length = Math.min(open.length, level)
    const tagName = item.ordered ? 'ol' : 'ul'
    const li: Element = {type: 'element', tagName: 'li', properties: {}, children: item.children, position: item.source.position}
    const current = open[level - 1]
    if (current && current.tagName === tagName) {
      current.children.push(li)
      continue
    }
    const list: Element = {type: 'element', tagName, properties: {}, children: [li]}
    open.length = level - 1
    open.push(list)
    const parentList = open[level - 2]
    const parentItem = parentList?.children.at(-1)
    if (parentItem?.type === 'element') parentItem.children.push(list)
    else top.push(list)
  }
  return top
}
