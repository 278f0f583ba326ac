/**
 * Feeds over the example dataset: what `buildFeed` puts in them (published, not scheduled,
 * canonical links, absolute URLs, the crisis notice, sample content said), and the three
 * formats as RSS 2.0, Atom 1.0 and JSON Feed 1.1, read back by Debian's feedparser.
 */
import {buildFeed, toAtom, toJsonFeed, toRss, type SyndicationWarning} from '@practice-press/sdk/syndication'
import {beforeAll, describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, feedparser, NOW, wellFormed} from './support.ts'

const SAMPLE = 'This is sample content: the articles and their author are made up, to show how the site works.'
const scheduled = {
  _id: 'article-scheduled',
  _type: 'article',
  _rev: 'r1',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  title: 'Not out yet',
  slug: {_type: 'slug', current: 'not-out-yet'},
  publishedAt: '2099-01-01T00:00:00Z',
  author: {_type: 'reference', _ref: 'author-sam-rivera'},
  body: [],
}

let feed: NonNullable<Awaited<ReturnType<typeof buildFeed>>>
const warnings: SyndicationWarning[] = []

beforeAll(async () => {
  const source = await exampleSource([scheduled])
  feed = (await buildFeed(source, {now: NOW, onWarning: (warning) => warnings.push(warning)}))!
})

describe('buildFeed: the whole site', () => {
  it('holds the published articles, newest first: no draft, nothing scheduled', () => {
    expect(feed.items.map((item) => [item.title, item.url, item.published, item.updated])).toEqual([
      ['When money becomes the argument', 'https://medium.example/@samrivera/managing-conflict-over-money', '2026-06-09T15:00:00.000Z', '2026-09-01T16:00:00.000Z'],
      ['When is it time to try couples therapy?', `${BASE_URL}/articles/when-to-try-couples-therapy`, '2026-02-17T16:00:00.000Z', '2026-02-17T16:00:00.000Z'],
      ['A weekly check-in ritual for couples', `${BASE_URL}/articles/weekly-check-in-ritual`, '2025-10-21T15:00:00.000Z', '2026-01-12T18:00:00.000Z'],
      ['Setting boundaries with family as a couple', `${BASE_URL}/articles/boundaries-with-family`, '2025-07-15T16:00:00.000Z', '2025-07-15T16:00:00.000Z'],
      ['Listening so your partner feels heard', `${BASE_URL}/articles/listening-so-your-partner-feels-heard`, '2025-04-08T15:00:00.000Z', '2025-04-08T15:00:00.000Z'],
      ['How to repair after an argument', `${BASE_URL}/articles/repair-after-an-argument`, '2025-02-11T16:00:00.000Z', '2025-06-03T17:30:00.000Z'],
    ])
    expect(warnings).toEqual([])
    // The dataset's two drafts: a never-published article, and an edit of a published one.
    const everything = JSON.stringify(feed)
    expect([everything.includes('Small ways to show appreciation'), everything.includes('How to repair the connection after an argument'), everything.includes('Not out yet')]).toEqual([
      false,
      false,
      false,
    ])
  })

  it('says it is sample content, and gives its own URLs', () => {
    expect(feed.description).toBe(`Articles on relationships, communication and couples therapy from Talk with Lia. ${SAMPLE}`)
    expect(feed.links).toEqual({home: `${BASE_URL}/`, rss: `${BASE_URL}/rss.xml`, atom: `${BASE_URL}/atom.xml`, json: `${BASE_URL}/feed.json`, hubs: []})
    expect([feed.title, feed.language, feed.copyright, feed.updated, feed.sampleContent]).toEqual(['Talk with Lia: articles', 'en-US', '© Talk with Lia', '2026-09-01T16:00:00.000Z', true])
  })

  it('every URL inside every item is absolute', () => {
    for (const item of feed.items) {
      expect(item.contentHtml).not.toMatch(/(?:src|href|srcset)="(?!https?:|mailto:|tel:)/)
      expect(item.contentHtml).not.toMatch(/, \/images/)
    }
    const listening = feed.items.find((item) => item.title.startsWith('Listening'))!
    expect(listening.contentHtml).toContain(`<img src="${BASE_URL}/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=1200"`)
    expect(listening.contentHtml).toContain(`<a href="${BASE_URL}/articles/repair-after-an-argument">`)
  })

  it('keeps the crisis notice on every article but the one that turns it off', () => {
    expect(feed.items.map((item) => [item.title, item.contentHtml.includes('<aside role="note" class="callout callout-crisis"><p class="callout-label">If you need help now</p>')])).toEqual([
      ['When money becomes the argument', true],
      ['When is it time to try couples therapy?', true],
      ['A weekly check-in ritual for couples', false],
      ['Setting boundaries with family as a couple', true],
      ['Listening so your partner feels heard', true],
      ['How to repair after an argument', true],
    ])
  })

  it('gives each item its author, topics, summary and hero picture', () => {
    const repair = feed.items.at(-1)!
    expect({...repair, contentHtml: undefined}).toEqual({
      id: `${BASE_URL}/articles/repair-after-an-argument`,
      url: `${BASE_URL}/articles/repair-after-an-argument`,
      title: 'How to repair after an argument',
      contentHtml: undefined,
      published: '2025-02-11T16:00:00.000Z',
      updated: '2025-06-03T17:30:00.000Z',
      authors: [{name: 'Sam Rivera (sample author)', url: `${BASE_URL}/authors/sam-rivera`}],
      categories: [
        {term: 'couples', label: 'Couples', url: `${BASE_URL}/topics/couples`},
        {term: 'conflict', label: 'Conflict', url: `${BASE_URL}/topics/conflict`},
        {term: 'trust', label: 'Trust', url: `${BASE_URL}/topics/trust`},
      ],
      summary: repair.summary,
      image: {
        url: `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`,
        type: 'image/jpeg',
        length: 20452,
        width: 1600,
        height: 900,
        alt: 'Two people sitting close together on a park bench, seen from behind, watching the sun set over green hills',
      },
    })
  })
})

describe('the three formats, read by Debian’s feedparser', () => {
  it('RSS 2.0: bozo 0, every item’s title, link, guid, date, author, categories, content and enclosure', () => {
    const rss = toRss(feed)
    expect(wellFormed(rss)).toBe('well-formed')
    const read = feedparser(rss)
    expect([read.bozo, read.bozo_exception, read.version]).toEqual([0, null, 'rss20'])
    expect(read.feed.title).toBe('Talk with Lia: articles')
    expect(read.feed.subtitle).toContain(SAMPLE)
    expect(read.feed.language).toBe('en-US')
    expect(read.entries.map((entry) => [entry.title, entry.link, entry.id, entry.published, entry.author, entry.tags])).toEqual(
      feed.items.map((item) => [item.title, item.url, item.id, item.published.replace('.000', ''), item.authors[0]!.name, item.categories.map((category) => category.label)]),
    )
    // feedparser sanitises HTML its own way (drops role, srcset and tel: links, sorts attributes): compare what it keeps.
    const repair = read.entries.at(-1)!
    expect(repair.content.startsWith(`<figure><img alt="Two people sitting close together on a park bench, seen from behind, watching the sun set over green hills" height="900" src="${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg?w=1600" width="1600" /><figcaption><span class="credit">Photo: Practice Press illustrations</span></figcaption></figure>\n<p>Arguments are a normal part of sharing a life.`)).toBe(true)
    expect(repair.content).toContain('<p class="call-to-action"><a class="button" href="https://www.talkwithlia.example/locations/san-jose">See the San Jose office</a></p>')
    expect(repair.content.endsWith('call or text 988 (Suicide &amp; Crisis Lifeline) in the US, or call 911 in an emergency.</p></aside>')).toBe(true)
    expect(read.entries[4]!.content).toContain(
      '<img alt="A sandy path winding through green meadows toward soft blue hills" height="800" src="https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=1200" width="1200" />',
    )
    expect(repair.enclosures).toEqual([{href: `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`, type: 'image/jpeg', length: '20452'}])
  })

  it('Atom 1.0: bozo 0, ids, links, published and updated, authors, categories, content', () => {
    const atom = toAtom(feed)
    expect(wellFormed(atom)).toBe('well-formed')
    const read = feedparser(atom)
    expect([read.bozo, read.version]).toEqual([0, 'atom10'])
    expect(read.feed.subtitle).toBe(feed.description)
    expect(read.feed.links).toEqual([
      {rel: 'self', href: `${BASE_URL}/atom.xml`},
      {rel: 'alternate', href: `${BASE_URL}/`},
    ])
    expect(read.entries.map((entry) => [entry.id, entry.link, entry.published, entry.updated, entry.authors, entry.tags])).toEqual(
      feed.items.map((item) => [
        item.id,
        item.url,
        item.published.replace('.000', ''),
        item.updated.replace('.000', ''),
        [{name: item.authors[0]!.name, href: item.authors[0]!.url}],
        item.categories.map((category) => category.term),
      ]),
    )
    expect(read.entries.map((entry) => entry.content.includes('<aside class="callout callout-crisis"><p class="callout-label">If you need help now</p>'))).toEqual([true, true, false, true, true, true])
  })

  it('JSON Feed 1.1 (Debian’s feedparser 6.0 does not read JSON Feed): every field as the spec names it', () => {
    const json = toJsonFeed(feed)
    const parsed = JSON.parse(json)
    expect(Object.keys(parsed)).toEqual(['version', 'title', 'home_page_url', 'feed_url', 'description', 'language', 'authors', 'items', 'icon'])
    expect(parsed.version).toBe('https://jsonfeed.org/version/1.1')
    expect([parsed.title, parsed.home_page_url, parsed.feed_url, parsed.language, parsed.authors]).toEqual([
      'Talk with Lia: articles',
      `${BASE_URL}/`,
      `${BASE_URL}/feed.json`,
      'en-US',
      [{name: 'Talk with Lia', url: `${BASE_URL}/`}],
    ])
    expect(parsed.description.endsWith(SAMPLE)).toBe(true)
    expect(parsed.items[5]).toEqual({
      id: `${BASE_URL}/articles/repair-after-an-argument`,
      url: `${BASE_URL}/articles/repair-after-an-argument`,
      title: 'How to repair after an argument',
      content_html: feed.items[5]!.contentHtml,
      date_published: '2025-02-11T16:00:00.000Z',
      date_modified: '2025-06-03T17:30:00.000Z',
      authors: [{name: 'Sam Rivera (sample author)', url: `${BASE_URL}/authors/sam-rivera`}],
      tags: ['Couples', 'Conflict', 'Trust'],
      language: 'en-US',
      summary: feed.items[5]!.summary,
      image: `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`,
    })
  })
})

describe('feeds per topic and per author', () => {
  it('a topic’s feed: its articles, its own URLs and title', async () => {
    const source = await exampleSource()
    const trust = (await buildFeed(source, {now: NOW, topic: 'trust', baseUrl: BASE_URL}))!
    expect([trust.scope, trust.title, trust.links]).toEqual([
      {kind: 'topic', slug: 'trust', title: 'Trust'},
      'Talk with Lia: Trust',
      {home: `${BASE_URL}/topics/trust`, rss: `${BASE_URL}/topics/trust/rss.xml`, atom: `${BASE_URL}/topics/trust/atom.xml`, json: `${BASE_URL}/topics/trust/feed.json`, hubs: []},
    ])
    expect(trust.items.map((item) => item.title)).toEqual(['When money becomes the argument', 'How to repair after an argument'])
    expect(trust.description.endsWith(SAMPLE)).toBe(true)
    expect(feedparser(toRss(trust)).feed.links.find((link) => link.rel === 'self')?.href).toBe(`${BASE_URL}/topics/trust/rss.xml`)
  })

  it('an author’s feed; an unknown topic or author is null', async () => {
    const source = await exampleSource()
    const sam = (await buildFeed(source, {now: NOW, author: 'sam-rivera', limit: 2, hubs: ['https://hub.example/']}))!
    expect([sam.title, sam.description, sam.links.atom, sam.items.length]).toEqual([
      'Talk with Lia: articles by Sam Rivera (sample author)',
      `Articles by Sam Rivera (sample author) from Talk with Lia. ${SAMPLE}`,
      `${BASE_URL}/authors/sam-rivera/atom.xml`,
      2,
    ])
    expect(toAtom(sam)).toContain('<link rel="hub" href="https://hub.example/" />')
    expect(JSON.parse(toJsonFeed(sam)).hubs).toEqual([{type: 'WebSub', url: 'https://hub.example/'}])
    expect((await buildFeed(source, {now: NOW, author: 'lia-huynh'}))!.items).toEqual([])
    expect(await buildFeed(source, {now: NOW, topic: 'no-such-topic'})).toBeNull()
    expect(await buildFeed(source, {now: NOW, author: 'no-such-author'})).toBeNull()
  })

  it('refuses bad options by name', async () => {
    const source = await exampleSource()
    await expect(buildFeed(source, {topic: 'a', author: 'b'})).rejects.toThrow('buildFeed: options.author must not be given with options.topic (a feed is for one topic or one author); got "b".')
    await expect(buildFeed(source, {limit: 0})).rejects.toThrow('buildFeed: options.limit must be a whole number from 1 to 1000; got 0.')
    await expect(buildFeed(source, {baseUrl: 'www.example.com'})).rejects.toThrow('buildFeed: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got "www.example.com".')
  })
})
