/** What every importer shares: keys, handler maps merged over the defaults, bad arguments. */
import {countingKeys, fromDirectiveHandlers, fromHtml, fromMarkdown, fromMdast, fromText, type FlowHandler} from '@practice-press/sdk/import'
import type {Paragraph, Root} from 'mdast'
import {describe, expect, it} from 'vitest'

// The default key generator (not exported), read from its source.
import {randomKey} from '../../src/import/keys.ts'

const importers = {fromMarkdown, fromHtml, fromText} as const

describe('keys', () => {
  it('are 12 random hexadecimal characters by default, unique in a document', () => {
    const {blocks} = fromMarkdown('A [link](https://example.com) and **bold**.\n\n- one\n- two\n\n::pullquote[Quote]')
    const keys = blocks.flatMap((block) => [
      block._key,
      ...(block._type === 'block' ? [...(block.children ?? []), ...(block.markDefs ?? [])].map((child) => child._key) : []),
    ])
    expect(keys.length).toBe(12)
    expect(keys.every((key) => /^[0-9a-f]{12}$/.test(key))).toBe(true)
    expect(new Set(keys).size).toBe(keys.length)
    expect(/^[0-9a-f]{12}$/.test(randomKey())).toBe(true)
  })

  it('come from generateKey when given, so an import can be repeated exactly', () => {
    const once = fromMarkdown('Some *text*.', {generateKey: countingKeys()})
    expect(once.blocks).toEqual([
      {
        _type: 'block',
        _key: '000000000001',
        style: 'normal',
        markDefs: [],
        children: [
          {_type: 'span', _key: '000000000002', text: 'Some ', marks: []},
          {_type: 'span', _key: '000000000003', text: 'text', marks: ['em']},
          {_type: 'span', _key: '000000000004', text: '.', marks: []},
        ],
      },
    ])
    expect(fromMarkdown('Some *text*.', {generateKey: countingKeys()})).toEqual(once)
    expect(countingKeys(255)()).toBe('0000000000ff')
  })
})

/** A paragraph handler that writes every paragraph in capitals. */
const shout: FlowHandler<Paragraph> = (node, state) =>
  state.inline(
    node.children.map((child) => (child.type === 'text' ? {...child, value: child.value.toUpperCase()} : child)),
    {style: 'normal'},
  )

describe('handler maps', () => {
  it('merge a handler over the defaults', () => {
    const {blocks} = fromMarkdown('quiet\n\n## still quiet', {handlers: {paragraph: shout}, generateKey: countingKeys()})
    expect(blocks.map((block) => (block._type === 'block' ? block.children?.[0]?.text : ''))).toEqual(['QUIET', 'still quiet'])
  })

  it('merge a directive over the defaults, keeping the others', () => {
    const {blocks, report} = fromMarkdown('::note[Hello]\n\n::pullquote[Kept]', {
      directives: {note: (node, state) => [{_type: 'callout', _key: state.key(), tone: 'note', text: node.name}]},
      generateKey: countingKeys(),
    })
    expect(blocks).toEqual([
      {_type: 'callout', _key: '000000000001', tone: 'note', text: 'note'},
      {_type: 'pullQuote', _key: '000000000002', text: 'Kept'},
    ])
    expect(report).toEqual([])
    expect(Object.keys(fromDirectiveHandlers)).not.toContain('note')
  })
})

/** What a call threw: whether it is a TypeError, and its message. */
function thrown(call: () => unknown): {typeError: boolean; message: string} | undefined {
  try {
    call()
  } catch (error) {
    return {typeError: error instanceof TypeError, message: (error as Error).message}
  }
  return undefined
}

describe('bad arguments throw a TypeError at once, naming what is wrong', () => {
  it.each(Object.entries(importers))('%s', (name, importer) => {
      const run = importer as (input: unknown, options?: unknown) => unknown
      const argument = {fromMarkdown: 'markdown', fromHtml: 'html', fromText: 'text'}[name]
      expect([
        thrown(() => run(42)),
        thrown(() => run('x', 'fast')),
        thrown(() => run('x', {generateKey: 'abc'})),
        thrown(() => run('x', {generateKey: () => 7})),
        thrown(() => run('x', {handlers: {paragraph: true}})),
        thrown(() => run('x', {directives: null})),
      ]).toEqual([
        {typeError: true, message: `${name}: ${argument} must be a string; got 42.`},
        {typeError: true, message: `${name}: options must be an object; got "fast".`},
        {typeError: true, message: `${name}: options.generateKey must be a function returning a new key; got "abc".`},
        {typeError: true, message: `${name}: options.generateKey must return a non-empty string; got 7.`},
        {typeError: true, message: `${name}: options.handlers.paragraph must be a function; got true.`},
        {typeError: true, message: `${name}: options.directives must be an object of functions; got null.`},
      ])
  })

  it('fromMdast: the tree and its source', () => {
    expect([
      thrown(() => fromMdast({type: 'paragraph'} as unknown as Root)),
      thrown(() => fromMdast({type: 'root', children: []}, {source: 1 as unknown as string})),
    ]).toEqual([
      {typeError: true, message: 'fromMdast: tree must be an mdast root ({type: "root", children: [...]}); got an object.'},
      {typeError: true, message: 'fromMdast: options.source must be a string; got 1.'},
    ])
  })

  it('fromText: siteName', () => {
    expect(thrown(() => fromText('x', {siteName: 3 as unknown as string}))).toEqual({
      typeError: true,
      message: 'fromText: options.siteName must be a string or an array of strings; got 3.',
    })
  })
})
