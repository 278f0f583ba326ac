/**
 * Whole documents for one small site, stored as readable files that were reviewed byte by
 * byte (`snapshots/`): what a feed reader, a crawler or a server receives.
 */
import {createDatasetSource, listSitemapEntries} from '@practice-press/sdk'
import {buildFeed, sitemapEntries, toAtom, toJsonFeed, toRss, toSitemap} from '@practice-press/sdk/syndication'
import {expect, it} from 'vitest'

const documents = [
  {
    _id: 'practice',
    _type: 'practice',
    _updatedAt: '2026-01-01T00:00:00Z',
    name: 'Small Practice',
    baseUrl: 'https://small.example',
    description: 'A small practice.',
    feed: {title: 'Small Practice: articles', description: 'Notes on listening.', language: 'en-US'},
    crisisResources: {heading: 'If you need help now', text: 'Call or text 988.'},
    sampleContent: true,
  },
  {_id: 'author-a', _type: 'author', _updatedAt: '2026-01-02T00:00:00Z', name: 'Ana Example', slug: {current: 'ana-example'}},
  {_id: 'topic-t', _type: 'topic', _updatedAt: '2026-01-03T00:00:00Z', title: 'Listening & Trust', slug: {current: 'listening'}},
  {
    _id: 'article-one',
    _type: 'article',
    _rev: 'r1',
    _updatedAt: '2026-02-01T00:00:00Z',
    title: 'Listen first <then> speak',
    slug: {current: 'listen-first'},
    excerpt: 'Why listening comes before answering.',
    publishedAt: '2026-01-15T09:30:00-08:00',
    updatedAt: '2026-02-01T12:00:00Z',
    author: {_type: 'reference', _ref: 'author-a'},
    topics: [{_type: 'reference', _ref: 'topic-t', _key: 't1'}],
    body: [
      {_type: 'block', _key: 'b1', style: 'h2', markDefs: [], children: [{_type: 'span', _key: 's1', marks: [], text: 'Slow down'}]},
      {
        _type: 'block',
        _key: 'b2',
        style: 'normal',
        markDefs: [{_type: 'link', _key: 'l1', href: '/contact'}],
        children: [
          {_type: 'span', _key: 's2', marks: [], text: 'Ask, then '},
          {_type: 'span', _key: 's3', marks: ['em'], text: 'listen'},
          {_type: 'span', _key: 's4', marks: [], text: '. A CDATA end ]]> stays text. '},
          {_type: 'span', _key: 's5', marks: ['l1'], text: 'Write to us'},
          {_type: 'span', _key: 's6', marks: [], text: '.'},
        ],
      },
    ],
  },
]

const NOW = '2026-11-30T00:00:00Z'

it('RSS, Atom and JSON Feed of a one-article site, and its sitemap, as reviewed', async () => {
  const source = createDatasetSource(documents as never)
  const feed = (await buildFeed(source, {now: NOW, hubs: ['https://hub.example/']}))!
  await expect(toRss(feed)).toMatchFileSnapshot('snapshots/small-site.rss.xml')
  await expect(toAtom(feed)).toMatchFileSnapshot('snapshots/small-site.atom.xml')
  await expect(`${JSON.stringify(JSON.parse(toJsonFeed(feed)), null, 2)}\n`).toMatchFileSnapshot('snapshots/small-site.feed.json')
  const baseUrl = 'https://small.example'
  await expect(toSitemap(sitemapEntries(await listSitemapEntries(source, {now: NOW}), {baseUrl}), {baseUrl})).toMatchFileSnapshot('snapshots/small-site.sitemap.xml')
})
