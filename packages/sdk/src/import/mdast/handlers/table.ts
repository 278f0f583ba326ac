import type {PhrasingContent, Table} from 'mdast'

import type {ImportedBlock} from '../../types.ts'
import {toPlainText} from '../plain-text.ts'
import type {FlowHandler} from '../state.ts'

/**
 * A table: the article has none, so each row becomes a paragraph, cells joined by ` | `
 * (rows with no text are left out).
 */
export const table: FlowHandler<Table> = (node, state) => {
  const columns = Math.max(0, ...node.children.map((row) => row.children.length))
  state.reporter.add(
    'table',
    `A table (${node.children.length} rows, ${columns} columns) became one paragraph per row: the article has no tables.`,
    node,
  )
  const blocks: ImportedBlock[] = []
  for (const row of node.children) {
    if (row.children.every((cell) => toPlainText(cell.children).text.trim() === '')) continue
    const children: PhrasingContent[] = []
    row.children.forEach((cell, index) => {
      if (index > 0) children.push({type: 'text', value: ' | '})
      children.push(...cell.children)
    })
    blocks.push(...state.inline(children, {style: 'normal'}))
  }
  return blocks
}
