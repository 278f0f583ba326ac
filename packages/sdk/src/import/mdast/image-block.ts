import type {Image} from 'mdast'

import {shorten} from '../report.ts'
import type {ImportedBlock} from '../types.ts'
import {imageExtras} from './image-data.ts'
import type {ImportState} from './state.ts'

/**
 * A picture found in Markdown, HTML or text: an `imageWithCredit` with its alt text,
 * caption and credit, and no asset yet. The report says the file is still to be chosen
 * (with the URL it had, if any) and flags a missing alt text.
 */
export function imageBlock(node: Image, state: ImportState): ImportedBlock {
  const alt = node.alt?.trim() || undefined
  const {caption, credit, linkedTo} = imageExtras(node)
  const block: Extract<ImportedBlock, {_type: 'imageWithCredit'}> = {_type: 'imageWithCredit', _key: state.key()}
  if (alt) block.alt = alt
  if (caption) block.caption = caption
  if (credit && (credit.name || credit.source || credit.url)) {
    block.credit = {_type: 'credit'}
    if (credit.name) block.credit.name = credit.name
    if (credit.source) block.credit.source = credit.source
    if (credit.url) block.credit.url = credit.url
  }
  const label = alt ? `The picture "${alt}"` : 'A picture'
  const url = node.url.trim()
  const assetId = url && state.resolveImage ? state.resolveImage(url) : undefined
  if (assetId) block.asset = {_type: 'reference', _ref: assetId}
  else state.reporter.add(
    'image-asset-unresolved',
    url
      ? `${label} is not in the dataset yet: upload the file from ${shorten(url, 120)} and choose it.`
      : `${label} has no file yet: upload it and choose it.`,
    node,
    url ? shorten(url) : undefined,
  )
  if (linkedTo) {
    state.reporter.add('picture-link', `${label} was a link to ${shorten(linkedTo, 120)}: the link was left out, as pictures in the article are not links.`, node, shorten(linkedTo))
  }
  if (!alt) {
    state.reporter.add('image-no-alt', `${label} has no alt text: describe it, or mark it decorative.`, node)
  }
  return block
}
