/**
 * Bad input never throws: fast-check throws arbitrary strings, and strings made of the
 * pieces of Markdown and HTML syntax, at all three importers. Every result fits the
 * schema, and input that cannot be read as a whole comes back as plain paragraphs.
 */
import * as fc from 'fast-check'
import {countingKeys, fromHtml, fromMarkdown, fromMdast, fromText, type ImportResult} from '@practice-press/sdk/import'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'

import {schemaShapeProblems} from './support/schema-shape.ts'

const MARKDOWN_PIECES = [
  '\n', '\n\n', ' ', '  ', '\t', '#', '## ', '* ', '- ', '1. ', '> ', '**', '*', '_', '`', '```\n', '~~', '[', ']', '(', ')', '![', '](',
  'https://example.com', 'javascript:x', '<', '>', '</div>', '<br>', '|', '---', ':', '::', ':::', ':::callout{tone="tip"}\n', '::image[',
  '{', '}', '="', '"', 'ref=', 'json="{}"', '::unknown{type="x" json="{&#x22;_type&#x22;:&#x22;x&#x22;}"}', ':link[', ':internal[',
  '[^1]', '[^1]: ', '[id]: /url', '\\', '&amp;', 'text', 'Photo by A from B', 'é', '🙂', '\u00a0', '\r\n',
]
const HTML_PIECES = [
  '<p>', '</p>', '<h1>', '<h5>', '</h1>', '<b>', '</b>', '<i>', '<a href="https://example.com" target="_blank">', '<a href="javascript:x">', '</a>',
  '<figure>', '<img alt="x" src="y.jpg">', '<img>', '<figcaption>Photo by A on B', '</figcaption>', '</figure>', '<ul>', '<ol>', '<li>', '</li>',
  '<script>alert(1)</script>', '<style>x</style>', '<iframe src="x">', '<table><tr><td>', '<br>', '<blockquote>', '<pre><code>', '<!-- c -->',
  '<title>T</title>', '&nbsp;', 'text', ' ', '\n', '<', '>', '"', '::image[x]{ref="y"}',
  // What editors put on the clipboard.
  '<b style="font-weight:normal" id="docs-internal-guid-1">', '<span style="font-weight:700">', '<span style="font-style:italic;text-decoration:underline">', '</span>',
  "<p class=MsoListParagraph style='mso-list:l0 level3 lfo1'>", "<span style='mso-list:Ignore'>1.&nbsp;</span>", '<o:p>', '</o:p>', '<![if !supportLists]>', '<![endif]>',
  '<div class="ListContainerWrapper"><ul><li data-aria-level="2">', '<p role="heading" aria-level="9">', '<span class="EOP">&nbsp;</span>',
  '<u>', '</u>', '<mark>', '<font face="x">', '</font>', '<details><summary>', '</summary>', '[caption id="1"]', '[/caption]', '[gallery]',
]
const TEXT_PIECES = ['\n', '\n\n', ' ', '- ', '• ', '1. ', '  ', 'Short Heading', 'a sentence.', '(aside)', 'Photo by A from B', 'Image: X', 'About the author', 'Note: ', '?', '\u00a0']

const fromPieces = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((parts) => parts.join(''))
const anyString = fc.oneof(fc.string({maxLength: 300}), fc.string({unit: 'binary', maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 200}))

/** What is wrong with a result: blocks that do not fit the schema, report entries without a message. */
function problems(result: ImportResult): string[] {
  const unexplained = result.report.filter((entry) => typeof entry.kind !== 'string' || typeof entry.message !== 'string' || entry.message === '')
  return [...schemaShapeProblems(result.blocks, result.report), ...unexplained.map((entry) => `report entry ${JSON.stringify(entry)}`)]
}

describe('no input makes an importer throw, and every block fits the schema', () => {
  it('fromMarkdown', () => {
    fc.assert(fc.property(fc.oneof(anyString, fromPieces(MARKDOWN_PIECES)), (input) => {
        expect(problems(fromMarkdown(input))).toEqual([])
      }), {numRuns: 400})
  })

  it('fromHtml', () => {
    fc.assert(fc.property(fc.oneof(anyString, fromPieces(HTML_PIECES)), (input) => {
        expect(problems(fromHtml(input))).toEqual([])
      }), {numRuns: 400})
  })

  it('fromText', () => {
    fc.assert(fc.property(fc.oneof(anyString, fromPieces(TEXT_PIECES)), (input) => {
        expect(problems(fromText(input))).toEqual([])
      }), {numRuns: 400})
  })
})

describe('input too deep to read as a whole', () => {
  it('Markdown comes back as plain paragraphs, with the reason', () => {
    const {blocks, report} = fromMarkdown(`${'> '.repeat(6000)}deep`)
    expect(blocks.map((block) => block._type === 'block' && block.children?.[0]?.text)).toEqual([`${'> '.repeat(6000)}deep`.trim()])
    expect(report.map((entry) => entry.kind)).toEqual(['parse-failed'])
    expect(report[0]?.message.startsWith('The input could not be read as a whole (')).toBe(true)
  })

  it('HTML comes back as its text, without markup', () => {
    const {blocks, report} = fromHtml(`<p>Before</p>${'<div>'.repeat(20000)}deep<script>x()</script>`)
    expect(blocks.map((block) => block._type === 'block' && block.children?.[0]?.text)).toEqual(['Before', 'deep'])
    expect(report.map((entry) => entry.kind)).toEqual(['parse-failed'])
  })

  it('while nesting as deep as real posts go is read normally', () => {
    const {blocks, report} = fromHtml(`${'<div>'.repeat(200)}<p>Deep <b>enough</b></p>`)
    expect(blocks.length).toBe(1)
    expect(report).toEqual([])
  })
})

describe('fromMdast', () => {
  it('keeps the content of nodes no handler knows, and of trees it cannot convert', () => {
    const unknown = {type: 'root', children: [{type: 'aside', children: [{type: 'paragraph', children: [{type: 'text', value: 'Kept.'}]}]}]}
    expect(fromMdast(unknown as unknown as Root, {generateKey: countingKeys()}).blocks).toEqual([
      {_type: 'block', _key: '000000000001', style: 'normal', markDefs: [], children: [{_type: 'span', _key: '000000000002', text: 'Kept.', marks: []}]},
    ])
    let deep: Record<string, unknown> = {type: 'text', value: 'deep'}
    for (let depth = 0; depth < 20000; depth++) deep = {type: 'emphasis', children: [deep]}
    const {blocks, report} = fromMdast({type: 'root', children: [{type: 'paragraph', children: [deep]}]} as unknown as Root, {generateKey: countingKeys()})
    expect({texts: blocks.map((block) => block._type === 'block' && block.children?.[0]?.text), kinds: report.map((entry) => entry.kind)}).toEqual({
      texts: ['deep'],
      kinds: ['parse-failed'],
    })
  })
})
