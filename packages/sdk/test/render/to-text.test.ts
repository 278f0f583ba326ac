import {excerpt, readingTime, tableOfContents, toHtml, toText} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

const span = (text: string, marks: string[] = []) => ({_type: 'span', text, marks})
const block = (text: string, style = 'normal') => ({_type: 'block', style, children: [span(text)]})
const words = (count: number) => Array.from({length: count}, (_, index) => `word${index}`).join(' ')
const item = (text: string, level = 1) => ({_type: 'block', listItem: 'bullet', level, children: [span(text)]})

describe('toText', () => {
  test('blocks separated by blank lines, list items one per line, custom blocks by their text', () => {
    const text = toText([
      block('Title', 'h2'),
      {_type: 'block', children: [span('One '), span('two', ['strong']), span('\nthree')]},
      item('a'),
      item('b', 2),
      item('c'),
      {_type: 'imageWithCredit', alt: 'not this', caption: 'The caption', asset: {url: '/a.jpg'}, credit: {name: 'not this either'}},
      {_type: 'imageWithCredit', alt: 'no caption', asset: {url: '/b.jpg'}},
      {_type: 'callout', tone: 'tip', text: 'Tip one.\n\nTip two.'},
      {_type: 'pullQuote', text: 'Quoted.', attribution: 'not this'},
      {_type: 'callToAction', label: 'Book now', url: 'https://example.com/'},
      {_type: 'video', url: 'https://example.com/v.mp4'},
      block('Last.', 'blockquote'),
    ], {onWarning: false})
    expect(text).toBe('Title\n\nOne two\nthree\n\na\nb\nc\n\nThe caption\n\nTip one.\n\nTip two.\n\nQuoted.\n\nBook now\n\nLast.')
  })

  test('empty input gives empty text', () => {
    expect(toText([])).toBe('')
    expect(toText(undefined)).toBe('')
  })
})

describe('tableOfContents', () => {
  const blocks = [block('Why listen?', 'h2'), block('Text'), block('How', 'h3'), block('How', 'h4'), block('', 'h2'), block('Why listen?', 'h2'), block('Not a heading', 'h1')]

  test('the headings with the ids toHtml gives them', () => {
    const toc = tableOfContents(blocks, {onWarning: false})
    expect(toc).toEqual([
      {id: 'why-listen', text: 'Why listen?', level: 2},
      {id: 'how', text: 'How', level: 3},
      {id: 'how-1', text: 'How', level: 4},
      {id: 'why-listen-1', text: 'Why listen?', level: 2},
    ])
    const ids = [...toHtml(blocks, {onWarning: false}).matchAll(/ id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toEqual(toc.map((entry) => entry.id))
  })

  test('with the same prefix as toHtml', () => {
    expect(tableOfContents([block('A b', 'h2')], {headingIdPrefix: 'toc-'})).toEqual([{id: 'toc-a-b', text: 'A b', level: 2}])
  })

  test('heading text with marks and a line break', () => {
    expect(tableOfContents([{_type: 'block', style: 'h2', children: [span('Say '), span('it', ['em']), span('\nout loud')]}])).toEqual([
      {id: 'say-it-out-loud', text: 'Say it out loud', level: 2},
    ])
  })
})

describe('readingTime', () => {
  test('counts words and rounds minutes up, at 230 words a minute by default', () => {
    expect(readingTime([block(words(230))])).toEqual({words: 230, minutes: 1})
    expect(readingTime([block(words(231))])).toEqual({words: 231, minutes: 2})
    expect(readingTime([block('One.'), {_type: 'callout', tone: 'tip', text: 'Two three — four!'}])).toEqual({words: 4, minutes: 1})
    expect(readingTime([])).toEqual({words: 0, minutes: 0})
  })

  test('wordsPerMinute', () => {
    expect(readingTime([block(words(300))], {wordsPerMinute: 100})).toEqual({words: 300, minutes: 3})
    expect(() => readingTime([], {wordsPerMinute: 0})).toThrow('readingTime: options.wordsPerMinute must be a positive number; got 0.')
  })
})

describe('excerpt', () => {
  const blocks = [block('Listening well changes the tone.', 'h2'), block('It helps, really: every time.')]

  test('the whole text when it fits, on one line', () => {
    expect(excerpt(blocks)).toBe('Listening well changes the tone. It helps, really: every time.')
  })

  test('cut at a word boundary, trailing punctuation dropped, with an ellipsis', () => {
    expect(excerpt(blocks, {maxLength: 20})).toBe('Listening well…')
    expect(excerpt(blocks, {maxLength: 33})).toBe('Listening well changes the tone…')
    expect(excerpt(blocks, {maxLength: 48})).toBe('Listening well changes the tone. It helps…')
    expect(excerpt(blocks, {maxLength: 23})).toBe('Listening well changes…')
  })

  test('a single long word is cut inside', () => {
    expect(excerpt([block('Supercalifragilistic')], {maxLength: 6})).toBe('Super…')
  })

  test('never splits a character made of two code units', () => {
    expect(excerpt([block('😀😀😀😀')], {maxLength: 3})).toBe('😀😀…')
  })

  test('maxLength must be a whole number of at least 2', () => {
    expect(() => excerpt(blocks, {maxLength: 1})).toThrow('excerpt: options.maxLength must be a whole number of at least 2; got 1.')
  })
})
