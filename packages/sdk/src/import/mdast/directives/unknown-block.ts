import {shorten} from '../../report.ts'
import type {ImportedBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {readAttributes} from './attributes.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * `::unknown{type="..." json="..."}`: a block of a type the schema does not have, written
 * whole as JSON by lossless Markdown. It comes back as it was, with a fresh `_key`, and is
 * reported, since the Studio will not know what to show for it.
 */
export const unknownBlock: DirectiveHandler = (node, state) => {
  const {type, json} = readAttributes(node, DIRECTIVES.unknown.attributes, state)
  let value: unknown
  try {
    value = JSON.parse(json ?? '')
  } catch {
    value = undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as {_type?: unknown})._type !== 'string') {
    state.reporter.add('unknown-block', `A block of type "${type ?? '?'}" could not be read back: its JSON is not a block.`, node, json === undefined ? undefined : shorten(json))
    return []
  }
  const block = {...(value as Record<string, unknown>), _key: state.key()} as unknown as ImportedBlock
  state.reporter.add('unknown-block', `A block of type "${block._type}" is not one the article has: it was kept as it was, for a developer to look at.`, node)
  return [block]
}
