import type {Root} from 'hast'

import type {Reporter} from '../../report.ts'
import {shorten} from '../../report.ts'
import {eachElement, textOf} from './inline.ts'

/**
 * Toggles (`<details><summary>`, as Notion and others write them) have no place in the
 * article: their summary and content are kept as blocks, always shown, and each toggle is
 * reported (`toggle`).
 */
export function reportToggles(tree: Root, reporter: Reporter): void {
  eachElement(tree, (element) => {
    if (element.tagName !== 'details') return
    const summary = element.children.find((child) => child.type === 'element' && child.tagName === 'summary')
    const title = summary ? textOf(summary).replace(/\s+/g, ' ').trim() : ''
    reporter.add('toggle', `The toggle${title ? ` "${shorten(title, 80)}"` : ''} was opened out: its title and content are kept as blocks that are always shown.`, element, title || undefined)
  })
}
