import type {ImportedBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {isTrue, readAttributes, readNumbers} from './attributes.ts'
import {directiveText} from './directive-text.ts'

type Picture = Extract<ImportedBlock, {_type: 'imageWithCredit'}>

const ATTRIBUTES = ['ref', 'caption', 'creditName', 'creditSource', 'creditUrl', 'decorative', 'hotspot', 'crop']

/**
 * `::image[alt]{ref caption creditName creditSource creditUrl decorative hotspot crop}`:
 * an `imageWithCredit` with the asset `ref`, exactly as lossless Markdown writes it.
 * Without a `ref` the asset is reported as unresolved; a hotspot or crop that is not four
 * numbers is reported and left out.
 */
export const image: DirectiveHandler = (node, state) => {
  const attributes = readAttributes(node, ATTRIBUTES, state)
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
  if (attributes.hotspot !== undefined) {
    const numbers = readNumbers(attributes.hotspot, 4)
    if (numbers) {
      const [x, y, height, width] = numbers
      block.hotspot = {_type: 'sanity.imageHotspot', x, y, height, width}
    } else {
      state.reporter.add('directive-attribute', 'A picture\'s hotspot is not four numbers "x,y,height,width": it was left out.', node, attributes.hotspot)
    }
  }
  if (attributes.crop !== undefined) {
    const numbers = readNumbers(attributes.crop, 4)
    if (numbers) {
      const [top, bottom, left, right] = numbers
      block.crop = {_type: 'sanity.imageCrop', top, bottom, left, right}
    } else {
      state.reporter.add('directive-attribute', 'A picture\'s crop is not four numbers "top,bottom,left,right": it was left out.', node, attributes.crop)
    }
  }
  const label = alt ? `The picture "${alt}"` : 'A picture'
  if (!block.asset) state.reporter.add('image-asset-unresolved', `${label} names no file (ref): choose it in the Studio.`, node)
  if (!alt && !block.decorative) state.reporter.add('image-no-alt', `${label} has no alt text: describe it, or mark it decorative.`, node)
  return [block]
}
