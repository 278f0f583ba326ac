/**
 * What `toMarkdown(blocks, {lossless: true})` then `fromMarkdown` keeps, and what it does
 * not: one test per claim of the SDK README's "What lossless keeps" (issue 7, section 5).
 * Each pins the Markdown written and the Portable Text read back (keys stripped).
 */
import {countingKeys, fromMarkdown, normalizePortableText} from '@practice-press/sdk/import'
import {toMarkdown} from '@practice-press/sdk/render'
import {describe, expect, it} from 'vitest'

let counter = 0
const span = (text: string, marks: string[] = []) => ({_type: 'span', _key: `s${counter++}`, text, marks})
const block = (style: string, children: unknown[], extra: Record<string, unknown> = {}) => ({_type: 'block', _key: `b${counter++}`, style, markDefs: [], children, ...extra})

function roundTrip(blocks: unknown[]) {
  const markdown = toMarkdown(blocks as never, {lossless: true, onWarning: false})
  const {blocks: back, report} = fromMarkdown(markdown, {generateKey: countingKeys()})
  return {markdown, blocks: normalizePortableText(back, {keys: 'strip'}), report}
}

const item = (text: string) => block('normal', [span(text)], {listItem: 'bullet', level: 1})
const strip = (blocks: unknown[]) => normalizePortableText(blocks as never, {keys: 'strip'})

describe('lossless keeps', () => {
  it("a heading's line breaks, written :br[]", () => {
    const body = [block('h2', [span('Line one\nLine two')]), block('h3', [span('A\n'), span('B', ['em']), span('\n{C}')])]
    const result = roundTrip(body)
    expect(result.markdown).toBe('## Line one:br[]Line two\n\n### A:br[]*B*:br[]{}{C}\n')
    expect(result.blocks).toEqual(strip(body))
    expect(result.report).toEqual([])
  })

  it('spaces and tabs at either end of a block, written as character references', () => {
    const body = [
      block('normal', [span('  edge spaces  ')]),
      block('h4', [span(' heading ')]),
      block('blockquote', [span('\tquoted\t')]),
      block('normal', [span(' item ')], {listItem: 'bullet', level: 1}),
      block('normal', [span(' bold', ['strong']), span(' end ')]),
    ]
    const result = roundTrip(body)
    expect(result.markdown).toBe('&#x20; edge spaces &#x20;\n\n#### &#x20;heading&#x20;\n\n> &#x9;quoted&#x9;\n\n- &#x20;item&#x20;\n\n**&#x20;bold** end&#x20;\n')
    expect(result.blocks).toEqual(strip(body))
  })

  it('empty text blocks with their style, written ::empty', () => {
    const body = [block('normal', [span('Before')]), block('normal', [span('')]), block('h2', [span('')]), block('blockquote', [span('')]), block('normal', [span('After')])]
    const result = roundTrip(body)
    expect(result.markdown).toBe('Before\n\n::empty\n\n::empty{style="h2"}\n\n::empty{style="blockquote"}\n\nAfter\n')
    expect(result.blocks).toEqual(strip(body))
    expect(result.report).toEqual([])
  })

  it('runs of spaces and no-break spaces inside text', () => {
    const body = [block('normal', [span('a   b\u00a0c')])]
    expect(roundTrip(body).blocks).toEqual(strip(body))
  })
})

describe('lossless does not keep', () => {
  it('an empty list item: left out', () => {
    const result = roundTrip([item('x'), item(''), item('y')])
    expect(result.markdown).toBe('- x\n- y\n')
    expect(result.blocks).toEqual(strip([item('x'), item('y')]))
  })

  it('the spaces of a block that holds nothing else: it comes back empty', () => {
    expect(roundTrip([block('normal', [span('   ')])])).toEqual({markdown: '::empty\n', blocks: strip([block('normal', [span('')])]), report: []})
  })

  it('a text block with no spans at all: it comes back with one empty span, as the Studio writes it', () => {
    expect(roundTrip([block('h3', [])]).blocks).toEqual(strip([block('h3', [span('')])]))
  })

  it('line breaks at the start or end of a block: left out', () => {
    expect(roundTrip([block('normal', [span('\nText\n')])]).blocks).toEqual(strip([block('normal', [span('Text')])]))
  })

  it('a carriage return before a line feed: the line break stays, as \\n', () => {
    expect(roundTrip([block('normal', [span('a\r\nb')])]).blocks).toEqual(strip([block('normal', [span('a\nb')])]))
  })

  it('fields a text block has beyond the schema', () => {
    expect(roundTrip([block('normal', [span('x')], {custom: 1})]).blocks).toEqual(strip([block('normal', [span('x')])]))
  })

  it('the _keys: every block and span gets a fresh one', () => {
    const {blocks} = fromMarkdown(toMarkdown([block('normal', [span('x')])] as never, {lossless: true}), {generateKey: () => 'fresh'})
    expect(blocks.map((each) => [each._key, each._type === 'block' ? each.children?.map((child) => child._key) : []])).toEqual([['fresh', ['fresh']]])
  })
})
