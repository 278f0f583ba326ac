import type {Element, ElementContent} from 'hast'
import {defaultHandlers, type Handle} from 'hast-util-to-mdast'
import type {Image} from 'mdast'

import {splitCaptionAndCredit} from '../credit-line.ts'
import {withImageExtras} from '../mdast/image-data.ts'

/**
 * `<figure>` with one `<img>` and a `<figcaption>`: a picture whose caption and credit
 * come from the caption ("A quiet lake. Photo by Jane Doe on Unsplash"); the first link in
 * a credit becomes its URL; a link around the picture is reported. Any other figure is
 * handled as its content.
 */
export const figure: Handle = (state, node: Element) => {
  const images = findAll(node, 'img')
  const img = images[0]
  if (images.length !== 1 || !img) return state.all(node)
  const image = defaultHandlers.img(state, img) as Image
  const link = findAll(node, 'a').find((anchor) => findAll(anchor, 'img').includes(img))?.properties.href
  const linkedTo = typeof link === 'string' && link ? {linkedTo: state.resolve(link)} : {}
  const caption = findAll(node, 'figcaption')[0]
  if (!caption) return withImageExtras(image, linkedTo)
  const extras = splitCaptionAndCredit(collapse(textOf(caption)))
  const href = findAll(caption, 'a')[0]?.properties.href
  if (extras.credit && typeof href === 'string' && href) extras.credit.url = state.resolve(href)
  return withImageExtras(image, {...extras, ...linkedTo})
}

function findAll(node: Element, tagName: string): Element[] {
  const found: Element[] = []
  const walk = (children: ElementContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue
      if (child.tagName === tagName) found.push(child)
      walk(child.children)
    }
  }
  walk(node.children)
  return found
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.tagName === 'br' ? ' ' : node.children.map(textOf).join('')
  return ''
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
