import {toMarkdown, toMdast} from '@practice-press/sdk/render'
import * as fc from 'fast-check'
import type {Nodes} from 'mdast'
import {directiveFromMarkdown} from 'mdast-util-directive'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown, gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown as mdastToMarkdown} from 'mdast-util-to-markdown'
import {directive} from 'micromark-extension-directive'
import {gfm} from 'micromark-extension-gfm'
import {describe, expect, test} from 'vitest'

import {spanText, standardBody} from './support/portable-text-arbitrary.ts'

const span = (text: string, marks: string[] = []) => ({_type: 'span', text, marks})

/** A tree without positions, data and the fields the parser adds, adjacent texts merged. */
function comparable(node: Nodes): unknown {
  // A heading's line break is a space in the tree, written `:br[]` (it reads back as the line break).
  if (node.type === 'textDirective' && node.name === 'br') return {type: 'text', value: ' '}
  const {position: _position, data: _data, ...rest} = node as Nodes & {position?: unknown; data?: unknown}
  const out: Record<string, unknown> = {...rest}
  if (out.type === 'list') {
    delete out.spread
    if (!out.ordered) delete out.start
  }
  if (out.type === 'listItem') {
    delete out.spread
    delete out.checked
  }
  if (out.type === 'link') delete out.title
  if ('children' in node) {
    const children: unknown[] = []
    for (const child of node.children as Nodes[]) {
      const value = comparable(child) as {type: string; value?: string}
      const last = children[children.length - 1] as {type: string; value?: string} | undefined
      if (value.type === 'text' && last?.type === 'text') last.value += value.value ?? ''
      else children.push(value)
    }
    out.children = children
  }
  return out
}

/** The words of a tree, and of an image's alt text. */
function words(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'image') return node.alt ?? ''
  return 'children' in node ? (node.children as Nodes[]).map(words).join(' ') : ' '
}

/** Words sorted, without dashes and the labels portable Markdown adds. */
function sortedWords(text: string): string[] {
  return text
    .replace(/[\s—]+/g, ' ')
    .replace(/(Note|Tip|Important|Gentle warning|Photo):/g, '')
    .trim()
    .split(' ')
    .filter(Boolean)
    .toSorted()
}

/** Custom blocks to mix into generated bodies. */
const customBlock = fc.oneof(
  fc.record({_type: fc.constant('callout'), tone: fc.constantFrom('note', 'tip', 'important', 'caution'), text: spanText}),
  fc.record({_type: fc.constant('pullQuote'), text: spanText, attribution: fc.option(spanText, {nil: undefined})}),
  fc.record({_type: fc.constant('callToAction'), label: spanText, url: fc.constantFrom('https://example.com/', 'mailto:a@example.com')}),
  fc.record({_type: fc.constant('imageWithCredit'), alt: spanText, caption: spanText, asset: fc.constant({_id: 'image-abc-10x10-png', url: '/a.png'})}),
)
const mixedBody = fc.tuple(standardBody, fc.array(customBlock, {maxLength: 3})).map(([blocks, custom]) => [...blocks, ...custom])

describe('toMarkdown', () => {
  test('GFM with - bullets, * emphasis, ** strong and backslash line breaks', () => {
    expect(
      toMarkdown([
        {_type: 'block', children: [span('a '), span('b', ['em']), span(' '), span('c', ['strong']), span('\nd')]},
        {_type: 'block', listItem: 'bullet', level: 1, children: [span('x')]},
        {_type: 'block', listItem: 'number', level: 1, children: [span('y')]},
      ]),
    ).toBe('a *b* **c**\\\nd\n\n- x\n\n1. y\n')
  })

  test('text that looks like Markdown, HTML or a directive is escaped', () => {
    expect(toMarkdown([{_type: 'block', children: [span('# not a heading <b> *x* [y](z) :::callout www.example.com ~~s~~')]}])).toBe(
      '\\# not a heading \\<b> \\*x\\* \\[y]\\(z) :::callout www\\.example.com \\~\\~s\\~\\~\n',
    )
    expect(toMarkdown([{_type: 'pullQuote', text: '<b> [x] :y'}], {lossless: true})).toBe('::pullquote[\\<b> \\[x\\] \\:y]\n')
  })

  test('a colon right before a text directive is written as a reference, so the directive still starts', () => {
    const body = [
      {_type: 'block', markDefs: [{_type: 'link', _key: 'l', href: 'https://example.com/', openInNewTab: true}], children: [span('See::'), span('this', ['l'])]},
    ]
    const markdown = toMarkdown(body, {lossless: true})
    expect(markdown).toBe('See:&#x3A;:link[this]{href="https://example.com/" newTab="true"}\n')
    const parsed = fromMarkdown(markdown, {extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()]})
    expect(comparable(parsed)).toEqual(comparable(toMdast(body)))
  })

  test('options.lossless must be a boolean', () => {
    expect(() => toMarkdown([], {lossless: 'yes' as never})).toThrow('toMarkdown: options.lossless must be true or false; got "yes".')
  })

  test('options.emptyBlocks must be a boolean', () => {
    expect(() => toMdast([], {emptyBlocks: 'yes' as never})).toThrow('toMdast: options.emptyBlocks must be true or false; got "yes".')
  })

  test('the faster text handler writes what mdast-util-to-markdown writes', () => {
    fc.assert(
      fc.property(standardBody, (body) => {
        const tree = toMdast(body, {onWarning: false})
        const reference = mdastToMarkdown(tree, {bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', fences: true, rule: '-', extensions: [gfmToMarkdown()]})
        expect(toMarkdown(body, {onWarning: false})).toBe(reference)
      }),
      {numRuns: 300, seed: 4},
    )
  })

  test('lossless Markdown parses back (GFM and directives) into the tree it was written from', () => {
    fc.assert(
      fc.property(mixedBody, (body) => {
        const markdown = toMarkdown(body, {lossless: true, onWarning: false})
        const parsed = fromMarkdown(markdown, {extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()]})
        expect(comparable(parsed)).toEqual(comparable(toMdast(body, {onWarning: false, emptyBlocks: true})))
      }),
      {numRuns: 300, seed: 5},
    )
  })

  test('portable Markdown parses back into text with the same words', () => {
    fc.assert(
      fc.property(mixedBody, (body) => {
        const markdown = toMarkdown(body, {onWarning: false})
        const parsed = fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
        const fromTree = sortedWords(words(toMdast(body, {onWarning: false}) as Nodes))
        expect(sortedWords(words(parsed))).toEqual(expect.arrayContaining(fromTree.filter((word) => word !== '')))
      }),
      {numRuns: 100, seed: 6},
    )
  })
})

test('with a baseUrl, relative links are absolute in Markdown too, as pictures are (a feed or a cross-post carries them elsewhere)', () => {
  const body = [
    {
      _type: 'block',
      _key: 'a',
      markDefs: [
        {_type: 'link', _key: 'l', href: '/contact'},
        {_type: 'link', _key: 'm', href: '?q=1'},
        {_type: 'link', _key: 'n', href: 'mailto:hello@example.com'},
      ],
      children: [
        {_type: 'span', text: 'contact', marks: ['l']},
        {_type: 'span', text: ' search', marks: ['m']},
        {_type: 'span', text: ' mail', marks: ['n']},
      ],
    },
  ]
  expect(toMarkdown(body, {baseUrl: 'https://www.example.com'})).toBe(
    '[contact](https://www.example.com/contact)[ search](https://www.example.com/?q=1)[ mail](mailto:hello@example.com)\n',
  )
  expect(toMarkdown(body)).toBe('[contact](/contact)[ search](?q=1)[ mail](mailto:hello@example.com)\n')
})
