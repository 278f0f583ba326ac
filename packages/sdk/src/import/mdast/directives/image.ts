import type {ImportedBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {isTrue, readAttributes, readNumbers} from './attributes.ts'
import {directiveText} from './directive-text.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

type Picture = Extract<ImportedBlock, {_type: 'imageWithCredit'}>

/** The attributes that hold four numbers, the type each becomes, and the numbers' names in order. */
const FOUR_NUMBER_FIELDS = [
  ['hotspot', 'sanity.imageHotspot', ['x', 'y', 'height', 'width']],
  ['crop', 'sanity.imageCrop', ['top', 'bottom', 'left', 'right']],
] as const

/**
 * `::image[alt]{ref caption creditName creditSource creditUrl decorative hotspot crop}`:
 * an `imageWithCredit` with the asset `ref`, exactly as lossless Markdown writes it.
 * Without a `ref` the asset is reported as unresolved; a hotspot or crop that is not four
 * numbers is reported and left out.
 */
export const image: DirectiveHandler = (node, state) => {
  const attributes = readAttributes(node, DIRECTIVES.imageWithCredit.attributes, state)
  const alt = directiveText(node, 'alt text', state)
  const block: Picture = {_type: 'imageWithCredit', _key: state.key()}
  if (attributes.ref) block.asset = {_type: 'reference', _ref: attributes.ref}
  if (alt) block.alt = alt
  if (isTrue(attributes.decorative)) block.decorative = true
  if (attributes.caption) block.caption = attributes.caption
  if (attributes.creditName || attributes.creditSource || attributes.creditUrl) {
    block.credit = {_type: 'credit'}
    if (attributes.creditName) block.credit.name = attributes.creditName
    if (attributes.creditSource) block.credit.source = attributes.creditSource
    if (attributes.creditUrl) block.credit.url = attributes.creditUrl
  }
  for (const [field, type, names] of FOUR_NUMBER_FIELDS) {
    const value = attributes[field]
    if (value === undefined) continue
    const numbers = readNumbers(value, 4)
    if (numbers) (block as Record<string, unknown>)[field] = {_type: type, ...Object.fromEntries(names.map((name, index) => [name, numbers[index]]))}
    else state.reporter.add('directive-attribute', `A picture's ${field} is not four numbers "${names.join(',')}": it was left out.`, node, value)
  }
  const label = alt ? `The picture "${alt}"` : 'A picture'
  if (!block.asset) state.reporter.add('image-asset-unresolved', `${label} names no file (ref): choose it in the Studio.`, node)
  if (!alt && !block.decorative) state.reporter.add('image-no-alt', `${label} has no alt text: describe it, or mark it decorative.`, node)
  return [block]
}
