/** A JavaScript feed reader from npm (`rss-parser`) reads our RSS and Atom as feedparser does. */
import {buildFeed, toAtom, toRss} from '@practice-press/sdk/syndication'
import Parser from 'rss-parser'
import {expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW} from './support.ts'

type ReadItem = {'content:encoded'?: string; 'dc:creator'?: string; id?: string; author?: string}
const parser = new Parser<Record<string, unknown>, ReadItem>({customFields: {item: ['dc:creator']}})

it('rss-parser reads the RSS: titles, links, guids, dates, creators, categories, full content, enclosures', async () => {
  const feed = (await buildFeed(await exampleSource(), {now: NOW}))!
  const read = await parser.parseString(toRss(feed))
  expect([read.title, read.link, read.language]).toEqual(['Talk with Lia: articles', `${BASE_URL}/`, 'en-US'])
  expect(read.items.map((item) => [item.title, item.link, item.guid, item.isoDate, item.creator, item.categories])).toEqual(
    feed.items.map((item) => [item.title, item.url, item.id, item.published, item.authors[0]!.name, item.categories.map((category) => ({$: {domain: category.url}, _: category.label}))]),
  )
  expect(read.items.map((item) => item['content:encoded'])).toEqual(feed.items.map((item) => item.contentHtml))
  expect(read.items.at(-1)!.enclosure).toEqual({url: feed.items.at(-1)!.image!.url, length: '20452', type: 'image/jpeg'})
})

it('rss-parser reads the Atom: ids, links, dates, authors and full content', async () => {
  const feed = (await buildFeed(await exampleSource(), {now: NOW}))!
  const read = await parser.parseString(toAtom(feed))
  expect(read.title).toBe('Talk with Lia: articles')
  expect(read.items.map((item) => [item.title, item.link, item.id, item.isoDate, item.author])).toEqual(
    feed.items.map((item) => [item.title, item.url, item.id, item.published, item.authors[0]!.name]),
  )
  expect(read.items.map((item) => item.content)).toEqual(feed.items.map((item) => item.contentHtml))
})
