import type {Element, Root} from 'hast'

import type {Reporter} from '../../report.ts'
import type {FlatItem} from './flat-lists.ts'
import {textOf} from './inline.ts'
import {nestItemRuns} from './nest-item-runs.ts'

/** Word's list paragraph style: `mso-list:l0 level2 lfo1`. */
const MSO_LIST = /mso-list:\s*l\d+\s+level(\d+)\s+lfo\d+/i
/** Word's list glyph: `<span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>`. */
const MSO_IGNORE = /mso-list:\s*ignore/i
/** A glyph that numbers: `1.`, `a)`, `iv.`, `(2)`, `1.2.` (a letter alone, like `o`, is a bullet). */
const NUMBER_GLYPH = /^\(?(?:\d{1,4}(?:\.\d{1,4})+\.?|(?:\d{1,4}|[a-z]{1,2}|[ivxlcdm]{1,6})[.)])$/i

/**
 * Word desktop's lists: paragraphs (`class=MsoListParagraph…`) whose style says
 * `mso-list:lN levelK lfoM`, each starting with its glyph in a `mso-list:Ignore` span.
 * Runs of them become nested `<ul>` or `<ol>` (numbered when the glyph is a number or a
 * letter with `.` or `)`), the glyphs removed. A heading in a Word list (numbered
 * headings) stays a heading, without its number. Changes `tree`.
 */
export function wordLists(tree: Root, reporter: Reporter): void {
  nestItemRuns(tree, reporter, {
    itemsOf: (element) => {
      const item = listItemOf(element)
      return item ? [item] : undefined
    },
  })
}

function listItemOf(element: Element): FlatItem | undefined {
  const style = element.properties.style
  const match = typeof style === 'string' ? MSO_LIST.exec(style) : null
  if (!match || element.tagName === 'span') return undefined
  const glyph = takeGlyph(element)
  // A numbered heading ("1. Introduction") stays a heading; its number goes with the glyph.
  if (/^h[1-6]$/.test(element.tagName)) return undefined
  return {ordered: NUMBER_GLYPH.test(glyph), level: Number(match[1]), children: element.children, source: element}
}

/** Removes the glyph span(s) from `element`; returns the glyph, trimmed. */
function takeGlyph(element: Element): string {
  let glyph = ''
  const walk = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true
      const style = child.properties.style
      if (typeof style === 'string' && MSO_IGNORE.test(style)) {
        glyph ||= textOf(child).replace(/[\s\u00a0]+/g, ' ').trim()
        return false
      }
      walk(child)
      return true
    })
  }
  walk(element)
  return glyph
}
