import {toMdast, toMdastHandlers, toMdastMarks, toHtml, type Handler, type MarkHandler, type RenderWarning} from '@practice-press/sdk/render'
import type {List} from 'mdast'
import {describe, expect, test, vi} from 'vitest'

const span = (text: string, marks: string[] = []) => ({_type: 'span', text, marks})
const item = (listItem: string, level: number, text: string) => ({_type: 'block', style: 'normal', listItem, level, children: [span(text)]})

/** A list as a compact outline: `[kind, [item text, ...nested]]`. */
function outline(list: List): unknown {
  return [
    list.ordered ? 'number' : 'bullet',
    list.children.map((listItem) => {
      const paragraph = listItem.children[0]?.type === 'paragraph' ? listItem.children[0] : undefined
      const nested = paragraph ? listItem.children.slice(1) : listItem.children
      const text = paragraph?.children[0]?.type === 'text' ? paragraph.children[0].value : ''
      return nested.length > 0 ? [text, ...nested.map((child) => outline(child as List))] : text
    }),
  ]
}

const lists = (blocks: unknown[]) => toMdast(blocks).children.map((node) => outline(node as List))
const video: Handler = (value: {url: string}) => ({type: 'paragraph', children: [{type: 'text', value: `Video: ${value.url}`}]})
const calloutExceptCaution: Handler = (value: {tone?: string}, state) =>
  value.tone === 'caution' ? undefined : (toMdastHandlers.callout as Handler)(value as never, state)
const highlight: MarkHandler = (children) => ({type: 'emphasis', children})
const strongAsEm: MarkHandler = (children, mark, state) => (toMdastMarks.em as MarkHandler)(children, mark, state)
const warningVideo: Handler = (_value: unknown, state) => {
  state.warn('video', 'videos are not rendered yet')
  return undefined
}

describe('toMdast', () => {
  test('a heading, a paragraph with marks and a quote', () => {
    const tree = toMdast([
      {_type: 'block', style: 'h2', children: [span('Why listen?')]},
      {_type: 'block', children: [span('a '), span('b', ['strong', 'em']), span('c', ['strong'])]},
      {_type: 'block', style: 'blockquote', children: [span('q')]},
    ])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {type: 'heading', depth: 2, children: [{type: 'text', value: 'Why listen?'}]},
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: 'a '},
            {type: 'strong', children: [{type: 'emphasis', children: [{type: 'text', value: 'b'}]}, {type: 'text', value: 'c'}]},
          ],
        },
        {type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: 'q'}]}]},
      ],
    })
  })

  test('code is always innermost, and a line break splits the code', () => {
    const tree = toMdast([{_type: 'block', children: [span('a\nb', ['code', 'strong'])]}])
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        children: [{type: 'strong', children: [{type: 'inlineCode', value: 'a'}, {type: 'break'}, {type: 'inlineCode', value: 'b'}]}],
      },
    ])
  })

  test('the mark covering the longest run goes outside; on a tie, annotations outside decorators, strong outside em', () => {
    const tree = toMdast([
      {
        _type: 'block',
        markDefs: [{_type: 'link', _key: 'l', href: 'https://example.com/'}],
        children: [span('a', ['em', 'strong', 'l']), span('b', ['em'])],
      },
    ])
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        children: [
          {
            type: 'emphasis',
            children: [
              {type: 'link', url: 'https://example.com/', children: [{type: 'strong', children: [{type: 'text', value: 'a'}]}]},
              {type: 'text', value: 'b'},
            ],
          },
        ],
      },
    ])
  })

  test('a link over text partly in italics stays one link: the italics are split instead', () => {
    const tree = toMdast([
      {
        _type: 'block',
        markDefs: [{_type: 'link', _key: 'l', href: 'https://example.com/'}],
        children: [span('calm ', ['em']), span('and', ['em', 'l']), span(' kind', ['l'])],
      },
    ])
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'emphasis', children: [{type: 'text', value: 'calm '}]},
          {
            type: 'link',
            url: 'https://example.com/',
            children: [{type: 'emphasis', children: [{type: 'text', value: 'and'}]}, {type: 'text', value: ' kind'}],
          },
        ],
      },
    ])
  })

  test('custom types become directives, with what the outputs need in data.practicePress', () => {
    const tree = toMdast([
      {_type: 'callout', tone: 'tip', text: 'One.\n\nTwo.'},
      {_type: 'callToAction', label: 'Visit', reference: {_ref: 'location-san-jose'}, target: {_type: 'location', slug: 'san-jose'}},
      {_type: 'imageWithCredit', alt: 'A path', asset: {_id: 'image-abc-1200x800-jpg', url: '/images/abc.jpg'}, caption: 'Walk'},
    ])
    expect(tree.children).toEqual([
      {
        type: 'containerDirective',
        name: 'callout',
        attributes: {tone: 'tip'},
        children: [
          {type: 'paragraph', children: [{type: 'text', value: 'One.'}]},
          {type: 'paragraph', children: [{type: 'text', value: 'Two.'}]},
        ],
      },
      {type: 'leafDirective', name: 'cta', attributes: {ref: 'location-san-jose'}, children: [{type: 'text', value: 'Visit'}], data: {practicePress: {url: '/locations/san-jose'}}},
      {
        type: 'leafDirective',
        name: 'image',
        attributes: {ref: 'image-abc-1200x800-jpg', caption: 'Walk'},
        children: [{type: 'text', value: 'A path'}],
        data: {practicePress: {url: '/images/abc.jpg', width: 1200, height: 800}},
      },
    ])
  })

  describe('lists', () => {
    test('consecutive list blocks nest by level', () => {
      expect(lists([item('bullet', 1, 'a'), item('bullet', 2, 'a.1'), item('bullet', 2, 'a.2'), item('bullet', 1, 'b')])).toEqual([
        ['bullet', [['a', ['bullet', ['a.1', 'a.2']]], 'b']],
      ])
    })

    test('an item that skips a level, or a list that starts deeper, keeps its level: an empty item stands for each level skipped', () => {
      expect(lists([item('number', 1, 'a'), item('number', 3, 'deep'), item('number', 1, 'b')])).toEqual([
        ['number', [['a', ['number', [['', ['number', ['deep']]]]]], 'b']],
      ])
      expect(lists([item('bullet', 2, 'x'), item('bullet', 2, 'y'), item('bullet', 1, 'z')])).toEqual([['bullet', [['', ['bullet', ['x', 'y']]], 'z']]])
    })

    test('levels past 16 count as 16', () => {
      const deep = toMdast(Array.from({length: 40}, (_, index) => item('bullet', index + 1, `${index + 1}`)))
      let depth = 0
      let node: unknown = deep.children[0]
      while (node && (node as List).type === 'list') {
        depth++
        const last = (node as List).children.at(-1)
        node = last?.children.at(-1)
      }
      expect(depth).toBe(16)
    })

    test('another kind at the same level starts a new list there', () => {
      expect(lists([item('bullet', 1, 'a'), item('number', 1, '1')])).toEqual([
        ['bullet', ['a']],
        ['number', ['1']],
      ])
      expect(lists([item('bullet', 1, 'a'), item('bullet', 2, 'x'), item('number', 2, '1')])).toEqual([['bullet', [['a', ['bullet', ['x']], ['number', ['1']]]]]])
    })

    test('a block between list blocks ends the list', () => {
      const tree = toMdast([item('bullet', 1, 'a'), {_type: 'block', children: [span('p')]}, item('bullet', 1, 'b')])
      expect(tree.children.map((node) => node.type)).toEqual(['list', 'paragraph', 'list'])
    })

    test('numbered lists start at 1', () => {
      const [list] = toMdast([item('number', 1, 'a')]).children
      expect(list).toMatchObject({type: 'list', ordered: true, start: 1, spread: false})
    })
  })

  describe('handlers are merged over the defaults', () => {
    test('a block handler for a new type', () => {
      expect(toHtml([{_type: 'video', url: 'https://example.com/v.mp4'}], {handlers: {video}})).toBe('<p>Video: https://example.com/v.mp4</p>')
    })

    test('a handler that replaces a default, and calls it', () => {
      const html = toHtml(
        [
          {_type: 'callout', tone: 'caution', text: 'hidden'},
          {_type: 'callout', tone: 'tip', text: 'shown'},
        ],
        {handlers: {callout: calloutExceptCaution}},
      )
      expect(html).toBe('<aside role="note" class="callout callout-tip"><p class="callout-label">Tip</p><p>shown</p></aside>')
    })

    test('a mark handler for a new decorator, and one replacing strong', () => {
      const html = toHtml([{_type: 'block', children: [span('a', ['highlight']), span('b', ['strong'])]}], {marks: {highlight, strong: strongAsEm}})
      expect(html).toBe('<p><em>a</em><em>b</em></p>')
    })

    test('handlers get the path of the block and can warn', () => {
      const warnings: RenderWarning[] = []
      toMdast([{_type: 'block', children: [span('a')]}, {_type: 'video', _key: 'v1'}], {handlers: {video: warningVideo}, onWarning: (warning) => warnings.push(warning)})
      expect(warnings).toEqual([{type: 'video', path: [{_key: 'v1'}], message: 'videos are not rendered yet'}])
    })

    test('the default handler maps', () => {
      expect(Object.keys(toMdastHandlers)).toEqual(['block', 'list', 'listItem', 'imageWithCredit', 'callout', 'pullQuote', 'callToAction'])
      expect(Object.keys(toMdastMarks)).toEqual(['strong', 'em', 'code', 'link', 'internalLink'])
    })
  })

  describe('warnings', () => {
    test('go to console.warn by default, with the path', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      toMdast([{_type: 'video', _key: 'v1'}])
      expect(warn.mock.calls).toEqual([['Practice Press render: no handler for blocks of type "video"; the block was left out. (at [_key=="v1"])']])
      warn.mockRestore()
    })

    test('are silenced by onWarning: false', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      toMdast([{_type: 'video', _key: 'v1'}], {onWarning: false})
      expect(warn).not.toHaveBeenCalled()
      warn.mockRestore()
    })

    test('name blocks without a _key by index', () => {
      const warnings: RenderWarning[] = []
      toMdast([{_type: 'block', children: [span('a')]}, {_type: 'video'}], {onWarning: (warning) => warnings.push(warning)})
      expect(warnings.map((warning) => warning.path)).toEqual([[1]])
    })
  })

  describe('bad options throw, naming the option', () => {
    test.each([
      [{onWarning: 'yes'}, 'toMdast: options.onWarning must be a function or false; got "yes".'],
      [{handlers: []}, 'toMdast: options.handlers must be an object of functions keyed by type; got an array.'],
      [{handlers: {video: 'x'}}, 'toMdast: options.handlers.video must be a function; got "x".'],
      [{marks: {strong: null}}, 'toMdast: options.marks.strong must be a function; got null.'],
      [{baseUrl: 42}, 'toMdast: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got 42.'],
      [{resolveReference: {}}, 'toMdast: options.resolveReference must be a function (ref) => document; got an object.'],
    ])('%j', (options, message) => {
      expect(() => toMdast([], options as never)).toThrow(message)
    })
  })

  test('input that is not an array renders nothing, with a warning', () => {
    const warnings: RenderWarning[] = []
    expect(toMdast({_type: 'block'} as never, {onWarning: (warning) => warnings.push(warning)})).toEqual({type: 'root', children: []})
    expect(warnings).toEqual([{type: 'block', path: [], message: 'expected an array of blocks; got an object. Nothing was rendered.'}])
    expect(toMdast(null)).toEqual({type: 'root', children: []})
    expect(toMdast(undefined)).toEqual({type: 'root', children: []})
  })
})
