/**
 * Feeds stay well-formed whatever the content holds (controls, lone surrogates, `]]>`,
 * right-to-left text, emoji), and a broken article is reported and left out, never
 * sinking the feed.
 */
import {buildFeed, toAtom, toJsonFeed, toRss, xmlSafe, type SyndicationWarning} from '@practice-press/sdk/syndication'
import {beforeAll, describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, feedparser, NOW, wellFormed} from './support.ts'

const article = (id: string, fields: Record<string, unknown>) => ({
  _id: id,
  _type: 'article',
  _rev: 'r1',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  publishedAt: '2026-11-20T12:00:00Z',
  author: {_type: 'reference', _ref: 'author-sam-rivera'},
  ...fields,
})
const block = (key: string, text: string) => ({_type: 'block', _key: key, style: 'normal', markDefs: [], children: [{_type: 'span', _key: `${key}s`, marks: [], text}]})

const HOSTILE_TITLE = 'Bell\u0007 \ud800lone ]]> <b>&amp; عربى 👩‍❤️‍👨'
const hostile = article('article-hostile', {
  title: HOSTILE_TITLE,
  slug: {_type: 'slug', current: 'hostile'},
  excerpt: 'Ends with ]]> and a form feed\u000c and \udfff.',
  body: [
    block('b1', 'CDATA end ]]> inside, twice ]]]]>> and <script>alert(1)</script>'),
    block('b2', 'Controls \u0000\u0001\u001b\u007f kept out; \uFFFE and \uFFFF too'),
    block('b3', 'עברית מימין לשמאל \u200f and emoji 🧘🏽‍♀️ and astral 𝄞'),
    {_type: 'mysteryWidget', _key: 'm1', payload: '<script>'},
  ],
})
const noSlug = article('article-no-slug', {title: 'Has no slug', body: [block('n1', 'Lost.')]})
const noTitle = article('article-no-title', {slug: {_type: 'slug', current: 'no-title'}, body: [block('t1', 'Untitled.')]})

let feed: NonNullable<Awaited<ReturnType<typeof buildFeed>>>
const warnings: SyndicationWarning[] = []

beforeAll(async () => {
  feed = (await buildFeed(await exampleSource([hostile, noSlug, noTitle]), {now: NOW, onWarning: (warning) => warnings.push(warning)}))!
})

describe('a broken article never sinks the feed', () => {
  it('reports the article with no slug and the one with no title, and leaves them out; the unknown block is reported and skipped', () => {
    const byId = warnings.map((warning) => [warning.documentId, warning.type, warning.message]).toSorted((a, b) => String(a[0]).localeCompare(String(b[0])))
    expect(byId).toEqual([
      ['article-hostile', 'mysteryWidget', expect.stringContaining('mysteryWidget')],
      ['article-no-slug', 'slug', 'the article has no slug, so it has no address; it was left out of the feed.'],
      ['article-no-title', 'title', 'the article has no title; it was left out of the feed.'],
    ])
    expect(feed.items.map((item) => item.url.replace(BASE_URL, ''))).toEqual([
      '/articles/hostile',
      'https://medium.example/@samrivera/managing-conflict-over-money',
      '/articles/when-to-try-couples-therapy',
      '/articles/weekly-check-in-ritual',
      '/articles/boundaries-with-family',
      '/articles/listening-so-your-partner-feels-heard',
      '/articles/repair-after-an-argument',
    ])
  })
})

describe('well-formed with hostile text', () => {
  it('xmlSafe removes exactly what XML 1.0 forbids', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\rf\u000bg\u001fh\ud800i\udfffj\ufffek\uffffl🙂m\u200fn\u007f')).toBe('abc\td\ne\rfghijkl🙂m\u200fn\u007f')
  })

  it.each([
    ['RSS', () => toRss(feed), 'rss20'],
    ['Atom', () => toAtom(feed), 'atom10'],
  ])('%s: expat reads it, feedparser reads it with bozo 0 and gets the text back', (_name, write, version) => {
    const xml = write()
    expect(wellFormed(xml)).toBe('well-formed')
    const read = feedparser(xml)
    expect([read.bozo, read.version]).toEqual([0, version])
    const entry = read.entries[0]!
    expect(entry.title).toBe('Bell lone ]]> <b>&amp; عربى 👩‍❤️‍👨')
    expect(entry.content).toContain('<p>CDATA end ]]> inside, twice ]]]]>> and &lt;script>alert(1)&lt;/script></p>')
    expect(entry.content).toContain('עברית מימין לשמאל \u200f and emoji 🧘🏽‍♀️ and astral 𝄞')
    expect(entry.content).toContain('Controls \u007f kept out; ')
    expect(entry.content).not.toContain('mysteryWidget')
  })

  it('JSON Feed: valid JSON, no lone surrogate; controls escaped as JSON requires', () => {
    const json = toJsonFeed(feed)
    expect(json).toContain('"title":"Bell\\u0007 lone ]]> <b>&amp; عربى 👩‍❤️‍👨"')
    const item = JSON.parse(json).items[0]
    expect(item.title).toBe('Bell\u0007 lone ]]> <b>&amp; عربى 👩‍❤️‍👨')
    expect(item.summary).toBe('Ends with ]]> and a form feed\u000c and .')
    expect(item.content_html).toContain('<p>CDATA end ]]> inside, twice ]]]]>> and &lt;script>alert(1)&lt;/script></p>\n<p>Controls \u0000\u0001\u001b\u007f kept out; \uFFFE and \uFFFF too</p>')
    expect(json.isWellFormed()).toBe(true)
  })
})
