/**
 * fast-check arbitraries for Portable Text of the standard types (`schemas/src/blocks/
 * block-content.ts`): paragraphs, h2–h4, quotes, bullet and number lists (levels 1–3),
 * the decorators strong, em, code and safe `link` annotations. Text draws on characters
 * that need escaping in HTML and Markdown.
 */
import * as fc from 'fast-check'

const CHARACTERS = ['a', 'b', 'c', 'x', 'y', 'z', 'A', 'É', 'ü', '1', '2', ' ', ' ', ' ', '.', ',', '!', '?', '<', '>', '&', '"', "'", '*', '_', '`', '[', ']', '(', ')', '#', '-', '+', '\\', '|', '~', ':', '/', '\n']
const HREFS = ['https://example.com/', 'https://example.com/a?b=1&c=2', 'mailto:hello@example.com', 'tel:+14085550100', '/articles/x', 'http://example.org/#top']

/** Span text: words and punctuation, sometimes with a line break. */
export const spanText = fc.array(fc.constantFrom(...CHARACTERS), {minLength: 1, maxLength: 14}).map((characters) => characters.join(''))

/** A text block of the standard types, with `_key`s. */
export const standardBlock = fc
  .record({
    style: fc.constantFrom('normal', 'normal', 'h2', 'h3', 'h4', 'blockquote'),
    list: fc.option(fc.record({listItem: fc.constantFrom('bullet', 'number'), level: fc.integer({min: 1, max: 3})}), {freq: 2}),
    hrefs: fc.array(fc.constantFrom(...HREFS), {maxLength: 2}),
    spans: fc.array(fc.record({text: spanText, marks: fc.subarray(['strong', 'em', 'code', 'link0', 'link1'])}), {minLength: 1, maxLength: 5}),
  })
  .map(({style, list, hrefs, spans}) => {
    const markDefs = hrefs.map((href, index) => ({_type: 'link', _key: `link${index}`, href}))
    const children = spans.map((span, index) => ({
      _type: 'span',
      _key: `s${index}`,
      text: span.text,
      // At most one link per span: a link inside a link is not HTML (see the differential test).
      marks: span.marks.filter((mark) => !mark.startsWith('link') || (mark === 'link0' ? markDefs.length > 0 : markDefs.length > 1 && !span.marks.includes('link0'))),
    }))
    const block: Record<string, unknown> = {_type: 'block', style: list ? 'normal' : style, markDefs, children}
    if (list) Object.assign(block, list)
    return block
  })

/**
 * A body of standard blocks, `_key`s numbered. Below level 1 every list is bullets, so
 * lists switch kind only at level 1 (an item standing for a skipped level takes the kind
 * of the item below it): where a deeper list switches kind, to-html restarts it from the
 * top level (see the differential test).
 */
export const standardBody = fc
  .array(standardBlock, {minLength: 1, maxLength: 8})
  .map((blocks) =>
    blocks.map((block, index) => {
      const level = block.level as number | undefined
      if (level === undefined) return {...block, _key: `b${index}`}
      return {...block, listItem: level === 1 ? block.listItem : 'bullet', _key: `b${index}`}
    }),
  )
