import type {Element, Nodes, Root, Text} from 'hast'

import type {Reporter} from '../report.ts'
import {shorten} from '../report.ts'

/**
 * Elements with no place in an article body: code, styles, embedded pages and objects,
 * forms and media players. They are dropped before conversion, each one reported.
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'applet',
  'audio',
  'button',
  'canvas',
  'embed',
  'form',
  'frame',
  'frameset',
  'iframe',
  'input',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
])

/** Inline elements that show nothing without content (an `<img>` or `<br>` is content). */
const EMPTY_DROPPABLE: ReadonlySet<string> = new Set(['a', 'abbr', 'b', 'big', 'cite', 'code', 'del', 'em', 'font', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u'])

/** What a dropped element was, for the editor. */
const WHAT: Record<string, string> = {
  iframe: 'An embedded page (iframe)',
  script: 'A script',
  style: 'A style sheet',
  noscript: 'A no-script fallback',
  video: 'A video player',
  audio: 'An audio player',
  svg: 'An inline SVG drawing',
}

/**
 * Removes what the article cannot hold from a parsed HTML document, reporting each
 * element dropped (with where it was and a short excerpt of it) and the page's `<title>`
 * (as `title`: an article's title is a field of its own). Head metadata (`meta`, `link`,
 * `base`), comments and empty inline elements (`<a href="…"></a>`, `<span></span>`) are not
 * content and are dropped without a report. Changes `tree`.
 */
export function pruneHtml(tree: Root, reporter: Reporter, source: string): void {
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.filter((child) => {
      if (child.type === 'comment') return false
      if (child.type !== 'element') return true
      if (child.tagName === 'title') {
        const title = textOf(child).trim()
        if (title) reporter.add('title', `The page's title "${title}" was left out of the body: put it in the article's title.`, child, title)
        return false
      }
      if (DROPPED_ELEMENTS.has(child.tagName)) {
        const src = typeof child.properties.src === 'string' ? ` from ${shorten(child.properties.src, 120)}` : ''
        reporter.add(
          'dropped-element',
          `${WHAT[child.tagName] ?? `A <${child.tagName}> element`}${src} was dropped: an article holds no ${child.tagName === 'iframe' ? 'embedded pages' : 'code, forms or players'}.`,
          child,
          excerptOf(child, source),
        )
        return false
      }
      visit(child)
      return true
    })
    // An inline element that shows nothing but space is that space (or nothing), and runs
    // of text are one text: hast-util-minify-whitespace (in hast-util-to-mdast) searches
    // past every empty or blank sibling, so thousands of them (`<a href> ` repeated) took
    // it minutes.
    parent.children = mergeText(parent.children.map((child) => (child.type === 'element' && isBlankInline(child) ? blankAs(child) : child)).filter((child) => child !== undefined))
  }
  visit(tree)
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

function excerptOf(node: Element, source: string): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return shorten(source.slice(start, end))
}

/** An inline element whose only content is whitespace text, or nothing. */
function isBlankInline(element: Element): boolean {
  return EMPTY_DROPPABLE.has(element.tagName) && element.children.every((child) => child.type === 'text' && child.value.trim() === '')
}

/** What a blank inline element shows: a space when it holds any, else nothing. */
function blankAs(element: Element): Text | undefined {
  return element.children.length > 0 ? {type: 'text', value: ' '} : undefined
}

/** Adjacent text nodes joined into one. */
function mergeText<Child extends Nodes>(children: Child[]): Child[] {
  const out: Child[] = []
  for (const child of children) {
    const last = out.at(-1)
    if (child.type === 'text' && last?.type === 'text') (last as Text).value += (child as Text).value
    else out.push(child)
  }
  return out
}
