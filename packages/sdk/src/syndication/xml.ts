import type {Cdata, Element, ElementContent, Root, Text} from 'xast'
import {toXml} from 'xast-util-to-xml'

/**
 * Characters XML 1.0 does not allow (outside its `Char` production, §2.2): C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * A string with every character XML 1.0 forbids removed, so any text can go into a feed
 * and the feed stays well-formed. Right-to-left marks, emoji and other astral characters
 * are kept. Also used for JSON Feed, where lone surrogates are not Unicode.
 */
export function xmlSafe(value: string): string {
  NOT_XML_CHAR.lastIndex = 0
  return NOT_XML_CHAR.test(value) ? value.replace(NOT_XML_CHAR, '') : value
}

/**
 * Text as CDATA sections: one section, or several where the text holds `]]>` (which
 * would end a section early), split between `]]` and `>`, so a reader joins them back
 * into the same text. `xast-util-to-xml` would instead write `]]&#x3E;` inside the
 * section, which a reader takes literally.
 */
export function cdata(value: string): Cdata[] {
  const parts = xmlSafe(value).split(']]>')
  return parts.map((part, index) => ({
    type: 'cdata',
    value: `${index > 0 ? '>' : ''}${part}${index < parts.length - 1 ? ']]' : ''}`,
  }))
}

/**
 * Children one per line: a line break before each and after the last, so a feed reads
 * well in a browser and a reviewed snapshot (whitespace between elements is ignorable).
 */
export function lines(children: ReadonlyArray<ElementContent | undefined>): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of children) if (child) out.push({type: 'text', value: '\n'}, child)
  if (out.length > 0) out.push({type: 'text', value: '\n'})
  return out
}

/**
 * Element text: a text node with what XML forbids removed; where the text holds `]]>`
 * (which XML 1.0 §2.4 forbids in character data, and `xast-util-to-xml` leaves as is),
 * CDATA sections instead (see {@link cdata}).
 */
export function xmlText(value: string): Array<Cdata | Text> {
  const safe = xmlSafe(value)
  return safe.includes(']]>') ? cdata(safe) : [{type: 'text', value: safe}]
}

/** An XML document: the declaration (UTF-8), then the root element, serialised by `xast-util-to-xml` (empty elements self-closed). */
export function xmlDocument(element: Element): string {
  const tree: Root = {type: 'root', children: [{type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, {type: 'text', value: '\n'}, element]}
  return `${toXml(tree, {closeEmptyElements: true})}\n`
}

/**
 * A copy of a value (a `Feed`) with {@link xmlSafe} applied to every string in it, URLs
 * and attributes included, so nothing a document holds can make a feed ill-formed.
 */
export function xmlSafeDeep<Value>(value: Value): Value {
  if (typeof value === 'string') return xmlSafe(value) as Value
  if (Array.isArray(value)) return value.map((item) => xmlSafeDeep(item)) as Value
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as Value
  }
  return value
}
