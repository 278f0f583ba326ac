/** normalizePortableText: the one form the importers produce and round trips compare. */
import {normalizePortableText} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

const span = (_key: string, text: string, marks: string[] = []) => ({_type: 'span', _key, text, marks})

describe('normalizePortableText', () => {
  it('sorts marks (strong, em, code, other decorators, then annotations) and merges equal neighbours', () => {
    const input = [
      {
        _type: 'block',
        _key: 'b1',
        markDefs: [
          {_type: 'link', _key: 'l2', href: 'https://example.com/2', openInNewTab: false},
          {_type: 'link', _key: 'l1', href: 'https://example.com/1'},
        ],
        children: [
          span('s1', 'Hel', ['l1', 'code', 'underline', 'em', 'strong', 'em']),
          span('s2', 'lo', ['strong', 'em', 'code', 'underline', 'l1']),
          span('s3', '', ['strong']),
          span('s4', ' you', ['l2']),
        ],
      },
    ]
    expect(normalizePortableText(input)).toEqual([
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [
          {_type: 'link', _key: 'l1', href: 'https://example.com/1', openInNewTab: false},
          {_type: 'link', _key: 'l2', href: 'https://example.com/2', openInNewTab: false},
        ],
        children: [span('s1', 'Hello', ['strong', 'em', 'code', 'underline', 'l1']), span('s4', ' you', ['l2'])],
      },
    ])
  })

  it('keeps only the markDefs a span uses, and one empty span when there is no text', () => {
    const input = [
      {
        _type: 'block',
        _key: 'b1',
        style: 'h2',
        markDefs: [{_type: 'internalLink', _key: 'x', reference: {_type: 'reference', _ref: 'author-sam-rivera'}}],
        children: [span('s1', '', ['em'])],
      },
    ]
    expect(normalizePortableText(input)).toEqual([{_type: 'block', _key: 'b1', style: 'h2', markDefs: [], children: [span('s1', '', ['em'])]}])
  })

  it('writes defaults out the same way: level 1 for list items, no decorative: false', () => {
    const input = [
      {_type: 'block', _key: 'b1', listItem: 'bullet', children: [span('s1', 'item')]},
      {_type: 'imageWithCredit', _key: 'i1', alt: 'A lake', decorative: false},
      {_type: 'imageWithCredit', _key: 'i2', decorative: true},
      'not a block',
    ]
    expect(normalizePortableText(input)).toEqual([
      {_type: 'block', _key: 'b1', style: 'normal', listItem: 'bullet', level: 1, markDefs: [], children: [span('s1', 'item')]},
      {_type: 'imageWithCredit', _key: 'i1', alt: 'A lake'},
      {_type: 'imageWithCredit', _key: 'i2', decorative: true},
      'not a block',
    ])
  })

  it('strips keys on request, naming annotations m0, m1, ... in the order the text uses them', () => {
    const input = [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [
          {_type: 'link', _key: 'zz', href: 'https://example.com/z', openInNewTab: true},
          {_type: 'link', _key: 'aa', href: 'https://example.com/a', openInNewTab: false},
        ],
        children: [span('s1', 'a', ['aa']), span('s2', ' and '), span('s3', 'z', ['zz'])],
      },
      {_type: 'callout', _key: 'c1', tone: 'tip', text: 'Breathe.'},
    ]
    expect(normalizePortableText(input, {keys: 'strip'})).toEqual([
      {
        _type: 'block',
        style: 'normal',
        markDefs: [
          {_type: 'link', _key: 'm0', href: 'https://example.com/a', openInNewTab: false},
          {_type: 'link', _key: 'm1', href: 'https://example.com/z', openInNewTab: true},
        ],
        children: [
          {_type: 'span', text: 'a', marks: ['m0']},
          {_type: 'span', text: ' and ', marks: []},
          {_type: 'span', text: 'z', marks: ['m1']},
        ],
      },
      {_type: 'callout', tone: 'tip', text: 'Breathe.'},
    ])
  })

  it('does not change its input', () => {
    const input = [{_type: 'block', _key: 'b1', children: [span('s1', 'a', ['em']), span('s2', 'b', ['em'])]}]
    const copy = structuredClone(input)
    normalizePortableText(input, {keys: 'strip'})
    expect(input).toEqual(copy)
  })

  it('throws on an unknown keys option, naming it and what is allowed', () => {
    expect(() => normalizePortableText([], {keys: 'drop' as 'strip'})).toThrow(
      'normalizePortableText: options.keys must be "keep" or "strip"; got "drop".',
    )
  })
})
