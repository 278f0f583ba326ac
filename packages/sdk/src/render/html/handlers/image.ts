import type {Element, ElementContent} from 'hast'
import type {LeafDirective} from 'mdast-util-directive'

import {absoluteUrl} from '../../lib/absolute-url.ts'
import {nodeText} from '../../lib/node-text.ts'
import {safeUrl, WEB_SCHEMES} from '../../../vocabulary/safe-url.ts'
import {resolvedOf, type ResolvedImage} from '../../mdast/directives.ts'
import {defaultImageUrl, srcsetWidths, type ImageSource} from '../image-url.ts'
import {linkProperties} from '../link-properties.ts'
import {htmlOptionsOf, type HtmlImageOptions} from '../options.ts'
import type {HastState} from '../hast-state.ts'

/**
 * `::image` as `<figure>`: an `<img>` with `alt`, `width`, `height`, a `srcset` from the
 * image URL function, `loading="lazy"` (`eager`, the first with `fetchpriority="high"`, for
 * the first `eagerImages`) and `decoding="async"`, and a `<figcaption>` with
 * the caption and the credit (`Photo: name, source`, the name linked to the credit URL).
 * A picture without a safe URL renders its caption only, if any. With `baseUrl`, every
 * image URL is absolute (a feed cannot carry relative ones).
 */
export function imageToHast(state: HastState, node: LeafDirective): Element | undefined {
  const options = htmlOptionsOf(state)
  const children: ElementContent[] = []
  const index = imagesSeen.get(state) ?? 0
  const img = imgElement(node, options.imageUrl ?? defaultImageUrl, options, index)
  if (img) imagesSeen.set(state, index + 1)
  if (img) children.push(img)
  const caption = figcaption(node.attributes ?? {}, options.baseUrl)
  if (caption) children.push(caption)
  if (children.length === 0) return undefined
  return {type: 'element', tagName: 'figure', properties: {}, children}
}

/** How many pictures each render (its state) has written so far, for `eagerImages`. */
const imagesSeen = new WeakMap<object, number>()

function imgElement(
  node: LeafDirective,
  imageUrl: NonNullable<HtmlImageOptions['imageUrl']>,
  options: HtmlImageOptions & {baseUrl?: string},
  index: number,
): Element | undefined {
  const image = resolvedOf<ResolvedImage>(node)
  if (!image?.url) return undefined
  const source: ImageSource = {url: image.url}
  const ref = node.attributes?.ref
  if (ref) source.ref = ref
  if (image.width !== undefined && image.height !== undefined) {
    source.width = image.width
    source.height = image.height
  }
  if (image.hotspot) source.hotspot = image.hotspot
  if (image.crop) source.crop = image.crop
  const candidates: string[] = []
  let src: string | undefined
  for (const width of srcsetWidths(source.width, options.imageWidths)) {
    const url = safeUrl(absoluteUrl(imageUrl(source, width), options.baseUrl), WEB_SCHEMES)
    if (!url) continue
    // A comma parts srcset candidates, so it is written %2C; src is the same string, so a
    // browser caches one URL for both.
    const escaped = url.replace(/,/g, '%2C').replace(/\s/g, '%20')
    candidates.push(`${escaped} ${width}w`)
    src = escaped
  }
  if (!src) return undefined
  const alt = node.attributes?.decorative === 'true' ? '' : nodeText(node)
  const properties: Element['properties'] = {src, srcSet: candidates.join(', '), sizes: options.imageSizes ?? '100vw', alt}
  if (source.width !== undefined && source.height !== undefined) {
    properties.width = source.width
    properties.height = source.height
  }
  properties.loading = index < (options.eagerImages ?? 0) ? 'eager' : 'lazy'
  if (index === 0 && (options.eagerImages ?? 0) > 0) properties.fetchPriority = 'high'
  properties.decoding = 'async'
  return {type: 'element', tagName: 'img', properties, children: []}
}

function figcaption(attributes: Record<string, string | null | undefined>, baseUrl: string | undefined): Element | undefined {
  const {caption, creditName, creditSource, creditUrl} = attributes
  const children: ElementContent[] = []
  if (caption) children.push({type: 'text', value: caption})
  const who = creditName || creditSource
  if (who) {
    const linked: ElementContent = creditUrl
      ? {type: 'element', tagName: 'a', properties: linkProperties(creditUrl, {baseUrl}), children: [{type: 'text', value: who}]}
      : {type: 'text', value: who}
    const parts: ElementContent[] = [{type: 'text', value: 'Photo: '}, linked]
    if (creditName && creditSource) parts.push({type: 'text', value: `, ${creditSource}`})
    if (children.length > 0) children.push({type: 'text', value: ' '})
    children.push({type: 'element', tagName: 'span', properties: {className: ['credit']}, children: parts})
  }
  if (children.length === 0) return undefined
  return {type: 'element', tagName: 'figcaption', properties: {}, children}
}
