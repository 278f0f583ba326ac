import type {Element, ElementContent, Text} from 'xast'
import {toXml, type Raw} from 'xast-util-to-xml'

import {OptionError} from '../vocabulary/option-error.ts'

/** C0 controls XML 1.0 forbids (§2.2 `Char`): all but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g

/** The rest of what XML 1.0 forbids: U+FFFE, U+FFFF and lone surrogates. */
const NON_CHARACTERS = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A string with every character XML 1.0 forbids removed (§2.2 `Char`: C0 controls but tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates), so any text can go
 * into a feed and the feed stays well-formed. Right-to-left marks, emoji and other astral
 * characters are kept. One scan of the text when it is clean (`isWellFormed` answers the
 * surrogate question natively).
 *
 * @example
 * ```ts
 * xmlSafe('a\u0000b') // 'ab'
 * ```
 * @throws {OptionError} naming `value` when it is not a string.
 */
export function xmlSafe(value: string): string {
  if (typeof value !== 'string') throw new OptionError({fn: 'xmlSafe', option: 'value', must: 'be a string', value})
  CONTROLS.lastIndex = 0
  let out = CONTROLS.test(value) ? value.replace(CONTROLS, '') : value
  if (!out.isWellFormed() || out.includes('\uFFFE') || out.includes('\uFFFF')) out = out.replace(NON_CHARACTERS, '')
  return out
}

/**
 * Text as one CDATA section (characters XML forbids removed by {@link xmlSafe}), or several where the text holds
 * `]]>` (which would end a section early), split between `]]` and `>`, so a reader joins
 * them back into the same text. Written as a `raw` node (a `xast-util-to-xml` extension,
 * serialised with `allowDangerousXml`): `xast-util-to-xml`'s own `cdata` would scan the
 * text twice more and write `]]&#x3E;` inside the section, which a reader takes literally.
 * Safe because the text is cleaned and no section can close early.
 */
export function cdata(text: string): Raw {
  const value = xmlSafe(text)
  return {type: 'raw', value: `<![CDATA[${value.includes(']]>') ? value.replaceAll(']]>', ']]]]><![CDATA[>') : value}]]>`}
}

/**
 * Element text, cleaned by {@link xmlSafe}: a text node; where the text holds `]]>`
 * (which XML 1.0 §2.4 forbids in character data, and `xast-util-to-xml` leaves as is),
 * CDATA sections instead (see {@link cdata}).
 */
export function xmlText(text: string): Array<Raw | Text> {
  const value = xmlSafe(text)
  return [value.includes(']]>') ? cdata(value) : {type: 'text', value}]
}

/**
 * Children one per line: a line break before each and after the last, so a feed reads
 * well in a browser and a reviewed snapshot (whitespace between elements is ignorable).
 */
export function lines(children: ReadonlyArray<ElementContent | undefined>): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of children) if (child) out.push(NEWLINE, child)
  if (out.length > 0) out.push(NEWLINE)
  return out
}

/** A line break between elements, as `raw` so the serializer does not escape it thousands of times. */
const NEWLINE: Raw = {type: 'raw', value: '\n'}

const OPTIONS = {closeEmptyElements: true, allowDangerousXml: true} as const

/**
 * An XML document: the declaration (UTF-8), then the root element. Every element is
 * written by `xast-util-to-xml` (empty elements self-closed; the only `raw` nodes are
 * {@link cdata}'s and line breaks); the parts are joined by string concatenation, so a
 * document of 1,000 long items is copied once (when it is encoded), not once per level
 * of nesting as joining at every level would (see bench/README.md).
 */
export function xmlDocument(element: Element): string {
  const memo = new Map<string, string>()
  return `${toXml({type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, OPTIONS)}\n${serialize(element, memo)}\n`
}

/**
 * One node as XML. Elements holding elements are opened and closed around their children
 * (tags from `xast-util-to-xml`); other nodes are written whole by `xast-util-to-xml`.
 * Leaf elements with attributes and short text are remembered for the document (a topic's `category`, an
 * author's link), since `xast-util-to-xml` compiles a regular expression per attribute value.
 */
function serialize(node: ElementContent, memo: Map<string, string>): string {
  if (node.type !== 'element') return toXml(node, OPTIONS)
  if (!node.children.some((child) => child.type === 'element')) {
    const short = node.children.every((child) => child.type === 'text' && child.value.length < 256)
    if (Object.keys(node.attributes).length === 0 || !short) return toXml(node, OPTIONS)
    const key = `${node.name}\u0000${Object.entries(node.attributes).join('\u0000')}\u0000${node.children.map((child) => (child as Text).value).join('\u0000')}`
    let xml = memo.get(key)
    if (xml === undefined) {
      xml = toXml(node, OPTIONS)
      memo.set(key, xml)
    }
    return xml
  }
  // The start and end tags as xast-util-to-xml writes them, around a marker that clean XML cannot hold.
  const tags = toXml({...node, children: [{type: 'raw', value: '\u0000'}]}, OPTIONS)
  const marker = tags.indexOf('\u0000')
  let out = tags.slice(0, marker)
  for (const child of node.children) out += serialize(child, memo)
  return out + tags.slice(marker + 1)
}

/** Lone surrogates: not Unicode, so not text any reader can decode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A string without lone surrogates (checked natively with `isWellFormed`, so free for clean text). */
export function wellFormed(value: string): string {
  return value.isWellFormed() ? value : value.replace(LONE_SURROGATE, '')
}
