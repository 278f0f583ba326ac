import type {Element, Root} from 'hast'

import type {Reporter} from '../../report.ts'
import type {FlatItem} from './flat-lists.ts'
import {hasClass, isBlank} from './inline.ts'
import {nestItemRuns, type ItemRunReader} from './nest-item-runs.ts'

/**
 * Word online's clipboard: each list item is a list of its own (`<ul><li data-aria-level="2">`,
 * often in a `<div class="ListContainerWrapper">`), headings are `<p role="heading"
 * aria-level="2">`, and each paragraph ends in `<span class="EOP">&nbsp;</span>`. Runs of
 * such one-item lists are nested by their level, headings get their tag, and the
 * end-of-paragraph marks are removed. Changes `tree`.
 */
export function wordOnline(tree: Root, reporter: Reporter): void {
  const reader: ItemRunReader = {
    itemsOf: (element) => leveledItems(element, (item) => nestItemRuns(item, reporter, reader)),
    drop: (child) => child.type === 'element' && hasClass(child, 'EOP'),
    enter: headingOf,
  }
  nestItemRuns(tree, reporter, reader)
}

/** The items of a list (or a wrapper holding one list) whose every item says its level. */
function leveledItems(element: Element, visitItem: (item: Element) => void): FlatItem[] | undefined {
  const list = element.tagName === 'div' ? onlyElement(element) : element
  if (!list || (list.tagName !== 'ul' && list.tagName !== 'ol')) return undefined
  const items = list.children.filter((child): child is Element => child.type === 'element')
  if (items.length === 0 || !items.every((item) => item.tagName === 'li' && levelOf(item) !== undefined)) return undefined
  for (const item of items) visitItem(item)
  return items.map((item) => ({ordered: list.tagName === 'ol', level: levelOf(item) ?? 1, children: item.children, source: item}))
}

function onlyElement(element: Element): Element | undefined {
  const elements = element.children.filter((child) => !isBlank(child))
  return elements.length === 1 && elements[0]?.type === 'element' ? elements[0] : undefined
}

function levelOf(item: Element): number | undefined {
  const level = Number(item.properties.dataAriaLevel)
  return Number.isInteger(level) && level > 0 ? level : undefined
}

/** `<p role="heading" aria-level="2">` becomes `<h2>`. */
function headingOf(element: Element): void {
  if (element.tagName !== 'p' || element.properties.role !== 'heading') return
  const level = Number(element.properties.ariaLevel)
  if (Number.isInteger(level) && level >= 1 && level <= 6) element.tagName = `h${level}`
}
