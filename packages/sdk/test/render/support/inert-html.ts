/**
 * Checks that rendered HTML is inert, the way a browser would read it: parsed with an
 * HTML5 parser (parse5, through hast-util-from-html), every element, attribute, class
 * and URL scheme must be on the lists below, and serialising the parse must give back
 * the same string (no parser differential: what the browser builds is what we wrote).
 */
import type {Element, Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'

const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  p: ['className'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  strong: [],
  em: [],
  code: [],
  br: [],
  a: ['href', 'rel', 'target', 'className'],
  figure: ['className'],
  figcaption: [],
  img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  aside: ['role', 'className'],
  span: ['className'],
}

const CLASSES: Readonly<Record<string, readonly string[]>> = {
  p: ['callout-label', 'call-to-action'],
  a: ['button'],
  figure: ['pull-quote'],
  aside: ['callout', 'callout-note', 'callout-tip', 'callout-important', 'callout-caution', 'callout-crisis'],
  span: ['credit'],
}

const FIXED: Readonly<Record<string, unknown>> = {
  rel: ['noopener', 'noreferrer'],
  target: '_blank',
  role: 'note',
  loading: 'lazy',
  decoding: 'async',
}

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:']
const IMAGE_PROTOCOLS = ['http:', 'https:']

/** What is wrong with the HTML, as sentences; empty when it is inert. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = []
  const tree = fromHtml(html, {fragment: true})
  const again = serialise(tree)
  if (again !== html) problems.push(`the parsed HTML serialises differently:\n${again}`)
  // Every `<` starts a tag (text and attribute values hold `&lt;`): the markup alone.
  const tags = (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/="[^"]*"/g, '=""')).join('')
  if (/<\/?(script|iframe|object|embed|svg|math|style|textarea|title|base|form|meta|link|template|noscript)\b/i.test(tags)) problems.push(`a forbidden tag in ${tags}`)
  if (/\son[a-z]+\s*=/i.test(tags)) problems.push(`an event handler attribute in ${tags}`)
  if (/\sstyle\s*=/i.test(tags)) problems.push(`a style attribute in ${tags}`)
  const visit = (node: Nodes): void => {
    if (node.type === 'comment') problems.push(`a comment: ${node.value}`)
    if (node.type === 'element') checkElement(node, problems)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return problems
}

function checkElement(element: Element, problems: string[]): void {
  const tag = element.tagName
  const allowed = ATTRIBUTES[tag]
  if (!allowed) {
    problems.push(`an element <${tag}>`)
    return
  }
  for (const [name, value] of Object.entries(element.properties)) {
    if (!allowed.includes(name)) {
      problems.push(`<${tag}> has the attribute ${name}=${JSON.stringify(value)}`)
      continue
    }
    if (name in FIXED && JSON.stringify(FIXED[name]) !== JSON.stringify(value)) problems.push(`<${tag}> has ${name}=${JSON.stringify(value)}`)
    if (name === 'className') {
      for (const token of value as string[]) if (!(CLASSES[tag] ?? []).includes(token)) problems.push(`<${tag}> has the class ${JSON.stringify(token)}`)
    }
    if (name === 'href' && !safeProtocol(String(value), LINK_PROTOCOLS)) problems.push(`<${tag}> links to ${JSON.stringify(value)}`)
    if (name === 'src' && !safeProtocol(String(value), IMAGE_PROTOCOLS)) problems.push(`<${tag}> loads ${JSON.stringify(value)}`)
    if (name === 'srcSet') {
      for (const candidate of String(value).split(/,\s+/)) {
        const url = candidate.trim().split(/\s+/)[0] ?? ''
        if (!safeProtocol(url, IMAGE_PROTOCOLS)) problems.push(`<${tag}> srcset loads ${JSON.stringify(url)}`)
      }
    }
    if ((name === 'width' || name === 'height' || name === 'start') && !Number.isInteger(value)) problems.push(`<${tag}> has ${name}=${JSON.stringify(value)}`)
  }
}

/** Serialises as the renderer does: named references, `<` and `>` in attribute values as references. */
function serialise(tree: Nodes): string {
  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      for (const [name, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[name] = value.replace(/</g, '\uE000').replace(/>/g, '\uE001')
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return toHtml(tree, {characterReferences: {useNamedReferences: true}}).replace(/\uE000/g, '&lt;').replace(/\uE001/g, '&gt;')
}

/** The scheme a browser would use for this URL on a page at http://127.0.0.1/ (WHATWG URL parsing, as in the browser). */
export function safeProtocol(url: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(url, 'http://127.0.0.1/page').protocol)
  } catch {
    return true // not a URL at all: the browser would not follow it either
  }
}
