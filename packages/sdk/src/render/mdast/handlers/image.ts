import {WEB_SCHEMES, safeUrl} from '../../lib/safe-url.ts'
import {asNumber, asRecord, asString, asText} from '../../lib/values.ts'
import type {ImageWithCreditBlock} from '../../portable-text.ts'
import type {ImageAssetInfo, ImageWithCreditNode} from '../nodes.ts'
import type {ToMdastState} from '../types.ts'

/**
 * A picture with alt text, caption and credit. Its asset URL and credit URL must be
 * http(s) or relative; anything else is dropped with a warning. A picture that is not
 * decorative needs alt text: without it, it renders with `alt=""` and a warning.
 */
export function imageWithCredit(value: ImageWithCreditBlock, state: ToMdastState): ImageWithCreditNode {
  const decorative = value.decorative === true
  const alt = decorative ? '' : (asText(value.alt)?.trim() ?? '')
  if (!decorative && alt === '') {
    state.warn('imageWithCredit', 'the picture has no alt text and is not marked decorative; it was rendered with alt="".')
  }
  const node: ImageWithCreditNode = {type: 'imageWithCredit', alt, decorative}
  const asset = readAsset(value.asset, state)
  if (asset) node.asset = asset
  const caption = asText(value.caption)?.trim()
  if (caption) node.caption = caption
  const credit = readCredit(value.credit, state)
  if (credit) node.credit = credit
  const hotspot = asRecord(value.hotspot)
  const [x, y, height, width] = [hotspot?.x, hotspot?.y, hotspot?.height, hotspot?.width].map(asNumber)
  if (x !== undefined && y !== undefined && height !== undefined && width !== undefined) node.hotspot = {x, y, height, width}
  const crop = asRecord(value.crop)
  const [top, bottom, left, right] = [crop?.top, crop?.bottom, crop?.left, crop?.right].map(asNumber)
  if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) node.crop = {top, bottom, left, right}
  return node
}

function readAsset(value: unknown, state: ToMdastState): ImageAssetInfo | undefined {
  const asset = asRecord(value)
  const info: ImageAssetInfo = {}
  const ref = asString(asset?._ref) ?? asString(asset?._id)
  if (ref) info.ref = ref
  const url = safeUrl(asset?.url, WEB_SCHEMES)
  if (url) info.url = url
  else if (asset?.url !== undefined && asset.url !== null) state.warn('imageWithCredit', 'the picture\'s URL is not http(s) or relative; the picture was left out.', [...state.path, 'asset', 'url'])
  else state.warn('imageWithCredit', 'the picture has no URL (query it with the SDK\'s queries, which resolve assets); the picture was left out.', [...state.path, 'asset'])
  const dimensions = asRecord(asRecord(asset?.metadata)?.dimensions)
  const fromRef = ref ? /-(\d+)x(\d+)-[a-z0-9]+$/i.exec(ref) : null
  const width = dimension(asset?.width) ?? dimension(dimensions?.width) ?? dimension(Number(fromRef?.[1]))
  const height = dimension(asset?.height) ?? dimension(dimensions?.height) ?? dimension(Number(fromRef?.[2]))
  if (width !== undefined && height !== undefined) {
    info.width = width
    info.height = height
  }
  return Object.keys(info).length > 0 ? info : undefined
}

function readCredit(value: unknown, state: ToMdastState): ImageWithCreditNode['credit'] {
  const credit = asRecord(value)
  if (!credit) return undefined
  const out: NonNullable<ImageWithCreditNode['credit']> = {}
  const name = asText(credit.name)?.trim()
  if (name) out.name = name
  const source = asText(credit.source)?.trim()
  if (source) out.source = source
  const url = safeUrl(credit.url, WEB_SCHEMES)
  if (url) out.url = url
  else if (credit.url !== undefined && credit.url !== null && credit.url !== '') {
    state.warn('credit', 'the credit link is not an http(s) address; the credit was rendered without a link.', [...state.path, 'credit', 'url'])
  }
  return Object.keys(out).length > 0 ? out : undefined
}

function dimension(value: unknown): number | undefined {
  const number = asNumber(value)
  return number !== undefined && number >= 1 && number <= 100_000 ? Math.round(number) : undefined
}
