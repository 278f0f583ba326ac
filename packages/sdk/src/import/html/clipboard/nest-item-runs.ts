import type {Element, ElementContent, Root} from 'hast'

import type {Reporter} from '../../report.ts'
import {nestFlatItems, type FlatItem} from './flat-lists.ts'
import {isBlank} from './inline.ts'

/** How {@link nestItemRuns} reads one editor's flat list items. */
export interface ItemRunReader {
  /** The flat items `element` stands for, or `undefined` when it is not a list item. */
  itemsOf(element: Element): FlatItem[] | undefined
  /** Whether to drop a child outright (an editor's end-of-paragraph mark, say). */
  drop?(child: ElementContent): boolean
  /** Called on every other element before its own children are visited. */
  enter?(element: Element): void
}

/**
 * Editors that write each list item as a block of its own (Word's `mso-list` paragraphs,
 * Word online's one-item lists): walks `parent` and its descendants, and replaces each
 * run of items (blank nodes between them allowed) by nested `<ul>`/`<ol>` made by
 * {@link nestFlatItems}. Changes `parent`.
 */
export function nestItemRuns(parent: Root | Element, reporter: Reporter, reader: ItemRunReader): void {
  const out: ElementContent[] = []
  let run: FlatItem[] = []
  let pending: ElementContent[] = []
  const flush = () => {
    if (run.length > 0) out.push(...nestFlatItems(run, reporter))
    out.push(...pending)
    run = []
    pending = []
  }
  for (const child of parent.children as ElementContent[]) {
    if (reader.drop?.(child)) continue
    const items = child.type === 'element' ? reader.itemsOf(child) : undefined
    if (items) {
      pending = []
      run.push(...items)
      continue
    }
    if (run.length > 0 && isBlank(child)) {
      pending.push(child)
      continue
    }
    flush()
    if (child.type === 'element') {
      reader.enter?.(child)
      nestItemRuns(child, reporter, reader)
    }
    out.push(child)
  }
  flush()
  parent.children = out as typeof parent.children
}
