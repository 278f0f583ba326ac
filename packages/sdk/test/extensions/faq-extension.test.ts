/**
 * A block type added from outside the SDK as one extension object renders in every format
 * and round-trips through lossless Markdown. Before extensions, a `faq` added through
 * `handlers` made portable Markdown throw `Cannot handle unknown node 'containerDirective'`.
 */
import {countingKeys, fromMarkdown, normalizePortableText, type BlockExtension} from '@practice-press/sdk/import'
import {renderArticle, sanitizeSchema, toHtml, toMarkdown, toText, type RenderWarning} from '@practice-press/sdk/render'
import type {Nodes} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import {describe, expect, test} from 'vitest'

const faq: BlockExtension = {
  type: 'faq',
  directive: {kind: 'container', name: 'faq', attributes: ['question']},
  toMdast: (block: {question?: string; answer?: string}): ContainerDirective => ({
    type: 'containerDirective',
    name: 'faq',
    attributes: {question: block.question ?? ''},
    children: [{type: 'paragraph', children: [{type: 'text', value: block.answer ?? ''}]}],
  }),
  toHast: (state, node: ContainerDirective) => [
    {type: 'element', tagName: 'h3', properties: {}, children: [{type: 'text', value: node.attributes?.question ?? ''}]},
    ...state.all(node),
  ],
  toPortableMarkdown: (node: ContainerDirective): Nodes[] => [
    {type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: node.attributes?.question ?? ''}]}]},
    ...node.children,
  ],
  toText: (node: ContainerDirective, text) => [node.attributes?.question ?? '', ...text.blocks(node.children)],
  fromDirective: (node, state) => [
    {_type: 'faq', _key: state.key(), question: node.attributes?.question ?? '', answer: node.children.map((child) => ('children' in child ? child.children.map((c) => ('value' in c ? c.value : '')).join('') : '')).join('\n\n')} as never,
  ],
}

const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === '_key' ? undefined : item))) as unknown

const blocks = [
  {_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'b', text: 'Before.', marks: []}]},
  {_type: 'faq', _key: 'c', question: 'Do you take insurance?', answer: 'We give you a superbill.'},
]

describe('a faq block added as one extension', () => {
  test('HTML', () => {
    expect(toHtml(blocks, {extensions: [faq]})).toBe('<p>Before.</p>\n<h3>Do you take insurance?</h3>\n<p>We give you a superbill.</p>')
  })

  test('text', () => {
    expect(toText(blocks, {extensions: [faq]})).toBe('Before.\n\nDo you take insurance?\n\nWe give you a superbill.')
  })

  test('portable Markdown (used to throw Cannot handle unknown node containerDirective)', () => {
    expect(toMarkdown(blocks, {extensions: [faq]})).toBe('Before.\n\n**Do you take insurance?**\n\nWe give you a superbill.\n')
  })

  test('lossless Markdown', () => {
    expect(toMarkdown(blocks, {extensions: [faq], lossless: true})).toBe('Before.\n\n:::faq{question="Do you take insurance?"}\nWe give you a superbill.\n:::\n')
  })

  test('renderArticle as Markdown, with the crisis notice after it', () => {
    const markdown = renderArticle({body: blocks}, {format: 'markdown', practice: null, extensions: [faq]})
    expect(markdown).toBe('Before.\n\n**Do you take insurance?**\n\nWe give you a superbill.\n')
  })

  test('round trip through lossless Markdown and fromMarkdown', () => {
    const markdown = toMarkdown(blocks, {extensions: [faq], lossless: true})
    const back = fromMarkdown(markdown, {extensions: [faq], generateKey: countingKeys()})
    expect(back.report).toEqual([])
    expect(strip(normalizePortableText(back.blocks))).toEqual(strip(normalizePortableText(blocks as never)))
  })
})

describe('a stage an extension leaves out falls back to its default, with a warning', () => {
  const bare: BlockExtension = {type: 'faq', directive: {kind: 'container', name: 'faq', attributes: ['question']}}
  const block = {_type: 'faq', question: 'Why?', text: 'Because.'}

  test('every render stage', () => {
    const warnings: RenderWarning[] = []
    const onWarning = (warning: RenderWarning) => warnings.push(warning)
    expect(toHtml([block], {extensions: [bare], onWarning})).toBe('<p>Because.</p>')
    expect(toText([block], {extensions: [bare], onWarning})).toBe('Because.')
    expect(toMarkdown([block], {extensions: [bare], onWarning})).toBe('Because.\n')
    expect(toMarkdown([block], {extensions: [bare], onWarning, lossless: true})).toBe(':::faq{question="Why?"}\nBecause.\n:::\n')
    expect(warnings.map((warning) => warning.message)).toEqual([
      'the "faq" extension has no toMdast step; :::faq was made from its fields.',
      'the "faq" extension has no toHast step; :::faq was rendered as its content.',
      'the "faq" extension has no toMdast step; :::faq was made from its fields.',
      'the "faq" extension has no toText step; :::faq was written as its text.',
      'the "faq" extension has no toMdast step; :::faq was made from its fields.',
      'the "faq" extension has no toPortableMarkdown step; :::faq was written as its content.',
      'the "faq" extension has no toMdast step; :::faq was made from its fields.',
    ])
  })

  test('import', () => {
    const {blocks: back, report} = fromMarkdown(':::faq{question="Why?"}\nBecause.\n:::', {extensions: [bare], generateKey: countingKeys()})
    expect(back).toEqual([{_type: 'faq', _key: '000000000001', question: 'Why?', text: 'Because.'}])
    expect(report.map((entry) => [entry.kind, entry.line])).toEqual([['extension-step', 1]])
  })

  test('a directive from a plain handler, with no extension, no longer throws in portable Markdown', () => {
    const warnings: string[] = []
    const handlers = {faq: () => ({type: 'containerDirective', name: 'faq', children: [{type: 'paragraph', children: [{type: 'text', value: 'A.'}]}]}) as never}
    expect(toMarkdown([{_type: 'faq'}], {handlers, onWarning: (warning) => warnings.push(warning.message)})).toBe('A.\n')
    expect(warnings).toEqual(['nothing maps the directive :::faq to portable Markdown (give its extension a toPortableMarkdown step); its content was written instead.'])
  })

  test('bad extensions throw at once, naming the option', () => {
    expect(() => toHtml([], {extensions: [{type: 'faq', directive: {kind: 'block', name: 'faq', attributes: []}} as never]})).toThrow(
      'toHtml: options.extensions[0] must be {type, directive: {kind: "text" | "leaf" | "container", name, attributes}, steps as functions}, type a Portable Text type name (not __proto__…), name and attributes distinct names such as "tone"; got an object.',
    )
  })
})

describe('an annotation added as one extension (a text directive)', () => {
  const abbr: BlockExtension = {
    type: 'abbr',
    directive: {kind: 'text', name: 'abbr', attributes: ['title']},
    toHast: (state, node: {attributes?: {title?: string}}) => ({
      type: 'element',
      tagName: 'abbr',
      properties: {title: node.attributes?.title ?? ''},
      children: state.all(node as never),
    }),
    toPortableMarkdown: (node: {children: never[]}) => node.children,
  }
  const marked = [
    {
      _type: 'block',
      _key: 'a',
      style: 'normal',
      markDefs: [{_type: 'abbr', _key: 'm', title: 'Licensed Marriage and Family Therapist'}],
      children: [
        {_type: 'span', _key: 'b', text: 'Lia is an ', marks: []},
        {_type: 'span', _key: 'c', text: 'LMFT', marks: ['m']},
        {_type: 'span', _key: 'd', text: '.', marks: []},
      ],
    },
  ]

  test('renders from its fields with the default toMdast, and round-trips through lossless Markdown', () => {
    const warnings: string[] = []
    const options = {extensions: [abbr], onWarning: (warning: RenderWarning) => warnings.push(warning.message)}
    const sanitize = {...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames!, 'abbr'], attributes: {...sanitizeSchema.attributes, abbr: ['title']}}
    expect(toHtml(marked, {...options, sanitize})).toBe('<p>Lia is an <abbr title="Licensed Marriage and Family Therapist">LMFT</abbr>.</p>')
    expect(toMarkdown(marked, options)).toBe('Lia is an LMFT.\n')
    const lossless = toMarkdown(marked, {...options, lossless: true})
    expect(lossless).toBe('Lia is an :abbr[LMFT]{title="Licensed Marriage and Family Therapist"}.\n')
    expect(warnings).toEqual(Array.from({length: 3}, () => 'the "abbr" extension has no toMdast step; :abbr was made from its fields.'))
    const back = fromMarkdown(lossless, {extensions: [abbr], generateKey: countingKeys()})
    expect(back.report).toEqual([])
    expect((back.blocks[0] as {markDefs?: unknown}).markDefs).toEqual([{_type: 'abbr', _key: '000000000003', title: 'Licensed Marriage and Family Therapist'}])
    expect(toMarkdown(back.blocks, {extensions: [abbr], lossless: true, onWarning: false})).toBe(lossless)
  })
})
