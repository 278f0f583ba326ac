import type {Image, Paragraph, PhrasingContent, RootContent} from 'mdast'

import {splitCaptionAndCredit} from '../credit-line.ts'
import {withImageExtras} from './image-data.ts'
import {toPlainText} from './plain-text.ts'

/**
 * Portable Markdown writes a picture as `![alt](url)` followed by an italic line
 * `*caption* — Photo: name, source`. Where a paragraph holding only a picture is followed
 * by such a line (italic, or starting with "Photo:"), as the next paragraph or on the
 * next line of the same one, the line becomes the picture's caption and credit (a link in
 * it, the credit's URL). Returns the nodes with those lines taken in.
 */
export function attachCaptions(nodes: readonly RootContent[], source = ''): RootContent[] {
  const result: RootContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent
    const next = nodes[index + 1]
    if (node.type !== 'paragraph') {
      result.push(node)
      continue
    }
    const picture = loneImage(node.children)
    if (picture && next?.type === 'paragraph' && isCaptionLine(next.children)) {
      result.push(withCaption(node, picture, next.children, source))
      index++
      continue
    }
    const [first, second, ...rest] = node.children
    if (first?.type === 'image' && startsNewLine(second)) {
      const line = trimFirstLine(second, rest)
      if (isCaptionLine(line)) {
        result.push(withCaption(node, first, line, source))
        continue
      }
    }
    result.push(node)
  }
  return result
}

function withCaption(paragraph: Paragraph, picture: Image, line: readonly PhrasingContent[], source: string): Paragraph {
  const extras = splitCaptionAndCredit(toPlainText(line, source).text)
  const link = line.find((child) => child.type === 'link')
  if (extras.credit && link?.type === 'link') extras.credit.url = link.url
  return {...paragraph, children: [withImageExtras(picture, extras)]}
}

function loneImage(children: readonly PhrasingContent[]): Image | undefined {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = meaningful[0]
  return meaningful.length === 1 && only?.type === 'image' ? only : undefined
}

function startsNewLine(node: PhrasingContent | undefined): boolean {
  return node?.type === 'break' || (node?.type === 'text' && /^[\t ]*\r?\n/.test(node.value))
}

/** The content after the line break that follows a picture. */
function trimFirstLine(second: PhrasingContent | undefined, rest: PhrasingContent[]): PhrasingContent[] {
  if (second?.type !== 'text') return rest
  const value = second.value.replace(/^[\t ]*\r?\n[\t ]*/, '')
  return value ? [{...second, value}, ...rest] : rest
}

function isCaptionLine(children: readonly PhrasingContent[]): boolean {
  const first = children[0]
  if (!first) return false
  if (first.type === 'emphasis') return true
  return first.type === 'text' && /^photo\s*:/i.test(first.value)
}
