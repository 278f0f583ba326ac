import type {Element, ElementContent, Root, Text} from 'hast'

import type {Reporter} from '../../report.ts'
import {shorten} from '../../report.ts'
import {formatOf} from './inline-style.ts'
import {isBlank, isInline, textOf} from './inline.ts'

/** Elements that only format text: they are replaced by `<strong>` and `<em>` around each text. */
const FORMATTING = new Set(['b', 'strong', 'i', 'em', 'cite', 'u', 'ins', 'span', 'font', 'mark', 'o:p', 'nobr', 'big', 'small'])

/** Elements whose content becomes plain text in mdast (`inlineCode`): formatting goes around them, not inside. */
const TEXT_ONLY = new Set(['code', 'kbd', 'samp', 'tt'])

interface Context {
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  inLink: boolean
}

/**
 * Reads bold and italics the way a browser shows them, from tags and inline styles alike,
 * and writes them as plain `<strong>` and `<em>` around each piece of text: Google Docs'
 * `<span style="font-weight:700">`, Word's and LibreOffice's `<span style>` and `<font>`, and a
 * `font-weight:normal` wrapper that cancels the bold of what it holds. The formatting
 * elements themselves (`span`, `font`, `b`, `i`, `u`, `mark`, Word's `o:p`, ...) are removed.
 * Underline (outside links, where it is only the link's look) and highlight have no place
 * in the article: the text is kept plain and each is reported (`unsupported-formatting`);
 * so is a strike set by style (`text-decoration:line-through`, reported as `strikethrough`).
 * Changes `tree`.
 */
export function flattenFormatting(tree: Root, reporter: Reporter): void {
  const children = flatten(tree.children as ElementContent[], {bold: false, italic: false, underline: false, strike: false, inLink: false}, reporter)
  tree.children = plainBlanks(children) as Root['children']
}

function flatten(nodes: ElementContent[], context: Context, reporter: Reporter): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(wrap(node, context))
      continue
    }
    if (node.type !== 'element') {
      out.push(node)
      continue
    }
    const inner = enter(node, context, reporter)
    if (TEXT_ONLY.has(node.tagName)) {
      const plain = flatten(node.children, {...inner, bold: false, italic: false}, reporter)
      out.push(wrap({...node, children: plain}, inner))
      continue
    }
    const children = flatten(node.children, inner, reporter)
    if (FORMATTING.has(node.tagName)) out.push(...children)
    else out.push({...node, children: plainBlanks(children)})
  }
  return out
}

/** The context inside `element`, reporting formatting the article cannot hold. */
function enter(element: Element, context: Context, reporter: Reporter): Context {
  const format = formatOf(element)
  const inner: Context = {
    bold: format.bold ?? context.bold,
    italic: format.italic ?? context.italic,
    underline: format.underline ?? context.underline,
    strike: format.strike ?? context.strike,
    inLink: context.inLink || element.tagName === 'a',
  }
  const underlined = inner.underline && !context.underline && !inner.inLink
  const struck = inner.strike && !context.strike
  if (!underlined && !struck && element.tagName !== 'mark') return inner
  const text = textOf(element).trim()
  if (struck && text) {
    reporter.add('strikethrough', `Struck-through text "${shorten(text, 80)}" was kept without the strike: the article has no strikethrough. Delete it if it should go.`, element, shorten(text, 80))
  }
  if (underlined && text) {
    reporter.add('unsupported-formatting', `Underlined text "${shorten(text, 80)}" was kept without the underline: the article has no underline (readers take it for a link).`, element, shorten(text, 80))
  }
  if (element.tagName === 'mark' && text) {
    reporter.add('unsupported-formatting', `Highlighted text "${shorten(text, 80)}" was kept without the highlight: the article has no highlight.`, element, shorten(text, 80))
  }
  return inner
}

/** `text` (or a code element) inside `<strong>` and `<em>` as `context` says. */
function wrap(text: Text | Element, context: Context): ElementContent {
  let node: ElementContent = text
  if (context.italic) node = {type: 'element', tagName: 'em', properties: {}, children: [node]}
  if (context.bold) node = {type: 'element', tagName: 'strong', properties: {}, children: [node]}
  if (node !== text && isBlank(text)) blankWrappers.add(node)
  return node
}

/** Wrappers around whitespace only, so they can be taken off again between blocks. */
const blankWrappers = new WeakSet<ElementContent>()

/**
 * Whitespace between blocks is not text to format: where an element holds blocks, the
 * wrappers put around its whitespace come off again.
 */
function plainBlanks(children: ElementContent[]): ElementContent[] {
  if (children.every((child) => isInline(child))) return children
  return children.map((child) => (blankWrappers.has(child) ? innermost(child) : child))
}

function innermost(node: ElementContent): ElementContent {
  while (node.type === 'element' && node.children.length === 1 && node.children[0]) node = node.children[0]
  return node
}
