import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'

import {shorten} from '../../report.ts'
import type {ImportedBlock} from '../../types.ts'
import type {ImportState} from '../state.ts'

/**
 * A leaf or container directive this importer does not know: a leaf directive stays as
 * the text it was written as (one paragraph); a container directive's content stays, as
 * ordinary blocks. Both are reported.
 */
export function unknownDirective(node: LeafDirective | ContainerDirective, state: ImportState): ImportedBlock[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const written = start !== undefined && end !== undefined ? state.source.slice(start, end) : ''
  const marker = node.type === 'leafDirective' ? '::' : ':::'
  state.reporter.add(
    'unknown-directive',
    `The directive "${marker}${node.name}" is not one the article knows: ${node.type === 'leafDirective' ? 'it was kept as text' : 'its content was kept'}.`,
    node,
    written ? shorten(written) : undefined,
  )
  if (node.type === 'containerDirective') return state.all(node.children)
  if (written) return state.inline([{type: 'text', value: written}], {style: 'normal'})
  return state.inline(node.children, {style: 'normal'})
}
