import type {Image, Paragraph, RootContent} from 'mdast'

import {splitCaptionAndCredit} from '../credit-line.ts'
import {withImageExtras} from './image-data.ts'
import {toPlainText} from './plain-text.ts'

/**
 * Portable Markdown writes a picture as `![alt](url)` followed by an italic line
 * `*caption* — Photo: name, source`. Where a paragraph holding only a picture is followed
 * by such a line (italic, or starting with "Photo:"), the line becomes the picture's
 * caption and credit. Returns the nodes with those lines taken in.
 */
export function attachCaptions(nodes: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent
    const next = nodes[index + 1]
    const picture = node.type === 'paragraph' ? loneImage(node) : undefined
    if (!picture || next?.type !== 'paragraph' || !isCaptionLine(next)) {
      result.push(node)
      continue
    }
    const plain = toPlainText(next.children).text
    const extras = splitCaptionAndCredit(plain)
    const link = next.children.find((child) => child.type === 'link')
    if (extras.credit && link?.type === 'link') extras.credit.url = link.url
    result.push({...node, children: [withImageExtras(picture, extras)]} as Paragraph)
    index++
  }
  return result
}

function loneImage(node: Paragraph): Image | undefined {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = meaningful[0]
  return meaningful.length === 1 && only?.type === 'image' ? only : undefined
}

function isCaptionLine(node: Paragraph): boolean {
  const first = node.children[0]
  if (!first) return false
  if (first.type === 'emphasis') return true
  return first.type === 'text' && /^photo\s*:/i.test(first.value)
}
