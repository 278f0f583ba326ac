import type {Element, ElementContent, Root, Text} from 'hast'

import type {Reporter} from '../../report.ts'
import {shorten} from '../../report.ts'
import {isBlank} from './inline.ts'

const CAPTION_OPEN = /\[caption\b[^\]]*\]/
const CAPTION_CLOSE = '[/caption]'
/** WordPress shortcodes that stand for something the text cannot show. */
const OTHER = /\[(gallery|embed|video|audio|playlist|wpvideo)\b[^\]]*\](?:[^[]*\[\/\1\])?/g

/**
 * WordPress's classic editor: `[caption …]<img …> A caption[/caption]` becomes
 * `<figure><img …><figcaption>A caption</figcaption></figure>` (a paragraph holding only it
 * is replaced by it), so the picture keeps its caption and credit. Other shortcodes
 * (`[gallery]`, `[embed]`, `[video]`, ...) stay as text and are reported (`shortcode`).
 * Changes `tree`.
 */
export function wordpressShortcodes(tree: Root, reporter: Reporter): void {
  visit(tree, reporter)
}

function visit(parent: Root | Element, reporter: Reporter): void {
  let children = parent.children as ElementContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ElementContent
    if (child.type === 'element') {
      visit(child, reporter)
      const only = child.tagName === 'p' ? child.children.filter((node) => !isBlank(node)) : []
      if (only.length === 1 && only[0]?.type === 'element' && only[0].tagName === 'figure') children[index] = only[0]
      continue
    }
    if (child.type !== 'text') continue
    for (const match of child.value.matchAll(OTHER)) {
      reporter.add('shortcode', `The WordPress shortcode [${match[1]}] was kept as text: the article cannot show it. Add what it stood for by hand.`, child, shorten(match[0]))
    }
    const open = CAPTION_OPEN.exec(child.value)
    if (!open) continue
    const closeAt = children.findIndex((node, at) => at >= index && node.type === 'text' && node.value.indexOf(CAPTION_CLOSE, at === index ? open.index : 0) >= 0)
    if (closeAt < 0) continue
    const figure = captionFigure(children, index, open, closeAt)
    if (figure) children = replace(children, index, closeAt, figure)
  }
  parent.children = children as typeof parent.children
}

interface Built {
  before: ElementContent[]
  figure: Element
  after: ElementContent[]
}

function captionFigure(children: ElementContent[], index: number, open: RegExpExecArray, closeAt: number): Built | undefined {
  const first = children[index] as Text
  const last = children[closeAt] as Text
  const start = open.index + open[0].length
  const end = last.value.indexOf(CAPTION_CLOSE, closeAt === index ? start : 0)
  const middle: ElementContent[] =
    closeAt === index
      ? [text(first.value.slice(start, end))]
      : [text(first.value.slice(start)), ...children.slice(index + 1, closeAt), text(last.value.slice(0, end))]
  const pictureAt = middle.findIndex((node) => node.type === 'element' && (node.tagName === 'img' || (node.tagName === 'a' && node.children.some((inner) => inner.type === 'element' && inner.tagName === 'img'))))
  if (pictureAt < 0) return undefined
  const caption = middle.filter((_, at) => at !== pictureAt).filter((node) => !isBlank(node))
  const figcaption: Element = {type: 'element', tagName: 'figcaption', properties: {}, children: caption}
  return {
    before: [text(first.value.slice(0, open.index))].filter((node) => !isBlank(node)),
    figure: {type: 'element', tagName: 'figure', properties: {}, children: [middle[pictureAt] as Element, ...(caption.length ? [figcaption] : [])], position: first.position},
    after: [text(last.value.slice(end + CAPTION_CLOSE.length))].filter((node) => !isBlank(node)),
  }
}

function replace(children: ElementContent[], index: number, closeAt: number, built: Built): ElementContent[] {
  return [...children.slice(0, index), ...built.before, built.figure, ...built.after, ...children.slice(closeAt + 1)]
}

function text(value: string): Text {
  return {type: 'text', value}
}
