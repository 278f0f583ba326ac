import type {LeafDirective} from 'mdast-util-directive'

import {absoluteUrl} from '../../lib/absolute-url.ts'
import {WEB_SCHEMES, safeUrl} from '../../../vocabulary/safe-url.ts'
import {asNumber, asRecord, asString, asText} from '../../lib/values.ts'
import type {ImageWithCreditBlock} from '../../portable-text.ts'
import {withResolved, type ResolvedImage} from '../directives.ts'
import type {ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * A picture with alt text, caption and credit, as the leaf directive `::image[alt]{…}`.
 * Its asset URL and credit URL must be http(s) or relative; anything else is dropped
 * with a warning. A picture that is not decorative needs alt text: without it, it
 * renders with `alt=""` and a warning. A decorative picture renders with `alt=""`, but
 * keeps the alt text it has in the tree (lossless Markdown writes it). With `baseUrl`, a
 * relative asset URL is resolved against it, so every output carries an absolute one.
 */
export function imageWithCredit(value: ImageWithCreditBlock, state: ToMdastState): LeafDirective {
  const decorative = value.decorative === true
  const alt = asText(value.alt)?.trim() ?? ''
  if (!decorative && alt === '') {
    state.warn('imageWithCredit', 'the picture has no alt text and is not marked decorative; it was rendered with alt="".')
  }
  const asset = asRecord(value.asset)
  const image: ResolvedImage = {}
  const attributes: Record<string, string> = {}
  const ref = asString(asset?._ref) ?? asString(asset?._id)
  if (ref) attributes.ref = ref
  const caption = asText(value.caption)?.trim()
  if (caption) attributes.caption = caption
  const credit = asRecord(value.credit)
  const creditName = asText(credit?.name)?.trim()
  if (creditName) attributes.creditName = creditName
  const creditSource = asText(credit?.source)?.trim()
  if (creditSource) attributes.creditSource = creditSource
  const creditUrl = safeUrl(credit?.url, WEB_SCHEMES)
  if (creditUrl) attributes.creditUrl = creditUrl
  else if (credit?.url !== undefined && credit.url !== null && credit.url !== '') {
    state.warn('credit', 'the credit link is not an http(s) address; the credit was rendered without a link.', [...state.path, 'credit', 'url'])
  }
  if (decorative) attributes.decorative = 'true'
  const hotspot = asRecord(value.hotspot)
  const [x, y, height, width] = [hotspot?.x, hotspot?.y, hotspot?.height, hotspot?.width].map(asNumber)
  if (x !== undefined && y !== undefined && height !== undefined && width !== undefined) {
    image.hotspot = {x, y, height, width}
    attributes.hotspot = `${x},${y},${height},${width}`
  }
  const crop = asRecord(value.crop)
  const [top, bottom, left, right] = [crop?.top, crop?.bottom, crop?.left, crop?.right].map(asNumber)
  if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
    image.crop = {top, bottom, left, right}
    attributes.crop = `${top},${bottom},${left},${right}`
  }

  const url = safeUrl(asset?.url, WEB_SCHEMES)
  if (url) image.url = absoluteUrl(url, state.options.baseUrl)
  else if (asset?.url !== undefined && asset.url !== null) {
    state.warn('imageWithCredit', "the picture's URL is not http(s) or relative; the picture was left out.", [...state.path, 'asset', 'url'])
  } else {
    state.warn('imageWithCredit', "the picture has no URL (query it with the SDK's queries, which resolve assets); the picture was left out.", [...state.path, 'asset'])
  }
  const dimensions = asRecord(asRecord(asset?.metadata)?.dimensions)
  const fromRef = ref ? /-(\d+)x(\d+)-[a-z0-9]+$/i.exec(ref) : null
  const imageWidth = dimension(asset?.width) ?? dimension(dimensions?.width) ?? dimension(Number(fromRef?.[1]))
  const imageHeight = dimension(asset?.height) ?? dimension(dimensions?.height) ?? dimension(Number(fromRef?.[2]))
  if (imageWidth !== undefined && imageHeight !== undefined) {
    image.width = imageWidth
    image.height = imageHeight
  }
  const node: LeafDirective = {type: 'leafDirective', name: DIRECTIVES.imageWithCredit.name, attributes, children: alt ? [{type: 'text', value: alt}] : []}
  return withResolved(node, image)
}

function dimension(value: unknown): number | undefined {
  const number = asNumber(value)
  return number !== undefined && number >= 1 && number <= 100_000 ? Math.round(number) : undefined
}
