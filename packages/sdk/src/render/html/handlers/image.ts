import type {Element, ElementContent} from 'hast'
import type {State} from 'mdast-util-to-hast'

import {safeUrl, WEB_SCHEMES} from '../../lib/safe-url.ts'
import type {ImageWithCreditNode} from '../../mdast/nodes.ts'
import {defaultImageUrl, srcsetWidths, type ImageSource} from '../image-url.ts'
import {linkProperties} from '../link-properties.ts'
import type {HtmlImageOptions} from '../options.ts'

/**
 * `imageWithCredit` as `<figure>`: an `<img>` with `alt`, `width`, `height`, a `srcset`
 * from the image URL function, `loading="lazy"` and `decoding="async"`, and a
 * `<figcaption>` with the caption and the credit (`Photo: name, source`, the name linked
 * to the credit URL). A picture without a safe URL renders its caption only, if any.
 */
export function createImageHandler(options: HtmlImageOptions) {
  const imageUrl = options.imageUrl ?? defaultImageUrl
  return function imageWithCredit(_state: State, node: ImageWithCreditNode): Element | undefined {
    const children: ElementContent[] = []
    const img = image(node, imageUrl, options)
    if (img) children.push(img)
    const caption = figcaption(node)
    if (caption) children.push(caption)
    if (children.length === 0) return undefined
    return {type: 'element', tagName: 'figure', properties: {}, children}
  }
}

function image(node: ImageWithCreditNode, imageUrl: NonNullable<HtmlImageOptions['imageUrl']>, options: HtmlImageOptions): Element | undefined {
  const asset = node.asset
  if (!asset?.url) return undefined
  const source: ImageSource = {url: asset.url}
  if (asset.ref) source.ref = asset.ref
  if (asset.width !== undefined && asset.height !== undefined) {
    source.width = asset.width
    source.height = asset.height
  }
  if (node.hotspot) source.hotspot = node.hotspot
  if (node.crop) source.crop = node.crop
  const candidates: string[] = []
  let src: string | undefined
  for (const width of srcsetWidths(source.width, options.imageWidths)) {
    const url = safeUrl(imageUrl(source, width), WEB_SCHEMES)
    if (!url) continue
    candidates.push(`${url.replace(/,/g, '%2C').replace(/\s/g, '%20')} ${width}w`)
    src = url
  }
  if (!src) return undefined
  const properties: Element['properties'] = {src, srcSet: candidates.join(', '), sizes: options.imageSizes ?? '100vw', alt: node.alt}
  if (source.width !== undefined && source.height !== undefined) {
    properties.width = source.width
    properties.height = source.height
  }
  properties.loading = 'lazy'
  properties.decoding = 'async'
  return {type: 'element', tagName: 'img', properties, children: []}
}

function figcaption(node: ImageWithCreditNode): Element | undefined {
  const children: ElementContent[] = []
  if (node.caption) children.push({type: 'text', value: node.caption})
  const credit = node.credit
  const who = credit?.name ?? credit?.source
  if (credit && who) {
    const linked: ElementContent = credit.url
      ? {type: 'element', tagName: 'a', properties: linkProperties(credit.url), children: [{type: 'text', value: who}]}
      : {type: 'text', value: who}
    const parts: ElementContent[] = [{type: 'text', value: 'Photo: '}, linked]
    if (credit.name && credit.source) parts.push({type: 'text', value: `, ${credit.source}`})
    if (children.length > 0) children.push({type: 'text', value: ' '})
    children.push({type: 'element', tagName: 'span', properties: {className: ['credit']}, children: parts})
  }
  if (children.length === 0) return undefined
  return {type: 'element', tagName: 'figcaption', properties: {}, children}
}
