/**
 * RSS `description` is read as HTML by feed readers (RSS 2.0 allows entity-encoded HTML
 * there, and feedparser, like most readers, renders it): plain text with `<` or `&` in it
 * must come back as written, in the items and the channel. Atom and JSON Feed say their
 * summary is text and were right already; they are held to the same reading here.
 */
import {buildFeed, toAtom, toJsonFeed, toRss} from '@practice-press/sdk/syndication'
import Parser from 'rss-parser'
import {describe, expect, it} from 'vitest'

import {exampleSource, feedparser, NOW} from './support.ts'

const EXCERPT = 'I feel <feeling> when <event>. Fish & chips, a < b > c, &amp; stays as typed.'

const article = {
  _id: 'article-angle-brackets',
  _type: 'article',
  _rev: 'r1',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  publishedAt: '2026-11-25T12:00:00Z',
  author: {_type: 'reference', _ref: 'author-sam-rivera'},
  title: 'An I-statement',
  slug: {_type: 'slug', current: 'an-i-statement'},
  excerpt: EXCERPT,
  body: [{_type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', marks: [], text: 'Body.'}]}],
}
const practice = {_id: 'practice', _type: 'practice', name: 'Talk with Lia', baseUrl: 'https://www.talkwithlia.example', feed: {_type: 'feedSettings', title: 'Feed', description: 'Couples <and> individuals & families'}}

async function feed() {
  const source = await exampleSource([article])
  const built = await buildFeed(source, {now: NOW})
  if (!built) throw new Error('no feed')
  return {...built, description: practice.feed.description}
}

describe('summaries with angle brackets and ampersands', () => {
  it('RSS: feedparser reads the item and channel descriptions as HTML that shows the text as written', async () => {
    const read = feedparser(toRss(await feed()))
    expect(read.bozo).toBe(0)
    // feedparser gives the HTML a reader renders: escaped, so it shows "<feeling>" (it dropped it as a tag before).
    expect(read.entries[0]?.summary).toBe('I feel &lt;feeling&gt; when &lt;event&gt;. Fish &amp; chips, a &lt; b &gt; c, &amp;amp; stays as typed.')
    expect(read.feed.subtitle).toBe('Couples &lt;and&gt; individuals &amp; families')
  })

  it('RSS: the description is written as escaped HTML, escaped again by XML (xast-util-to-xml writes & as &#x26;)', async () => {
    expect(toRss(await feed())).toContain(
      '<description>I feel &#x26;lt;feeling&#x26;gt; when &#x26;lt;event&#x26;gt;. Fish &#x26;amp; chips, a &#x26;lt; b &#x26;gt; c, &#x26;amp;amp; stays as typed.</description>',
    )
  })

  it('RSS and Atom: rss-parser, a JavaScript reader, gets the same text', async () => {
    const parser = new Parser()
    const rss = await parser.parseString(toRss(await feed()))
    expect(rss.items[0]?.contentSnippet).toBe(EXCERPT)
    const atom = feedparser(toAtom(await feed()))
    expect(atom.entries[0]?.summary).toBe(EXCERPT)
  })

  it('JSON Feed: the summary is the text itself', async () => {
    expect(JSON.parse(toJsonFeed(await feed())).items[0].summary).toBe(EXCERPT)
  })
})
