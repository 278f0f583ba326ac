import {assertFeed} from './check-feed.ts'
import type {Feed, FeedItem, FeedPerson} from './types.ts'
import {wellFormed as w} from './xml.ts'

/** A JSON Feed 1.1 author object. */
export interface JsonFeedAuthor {
  name: string
  url?: string
}

/** A JSON Feed 1.1 item, as {@link toJsonFeed} writes it. */
export interface JsonFeedItem {
  id: string
  url: string
  title: string
  content_html: string
  summary?: string
  image?: string
  date_published: string
  date_modified: string
  authors: JsonFeedAuthor[]
  tags: string[]
  language: string
}

/** A JSON Feed 1.1 document, as {@link toJsonFeed} writes it. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  icon?: string
  language: string
  authors: JsonFeedAuthor[]
  hubs?: Array<{type: 'WebSub'; url: string}>
  items: JsonFeedItem[]
}

/**
 * A feed as a JSON Feed 1.1 object (https://jsonfeed.org/version/1.1): `version`,
 * `title`, `home_page_url`, `feed_url`, `description`, `icon`, `language`, `authors`
 * (the practice), `hubs` (WebSub) when configured; per item `id` and `url` (the canonical
 * URL), `title`, `content_html`, `summary`, `image` (the hero picture's URL),
 * `date_published`, `date_modified` (RFC 3339), `authors`,
 * `tags` (topic titles), `language`. Lone surrogates are removed from every string (they
 * are not Unicode); control characters are kept and escaped by `JSON.stringify`, as JSON
 * (RFC 8259) requires.
 *
 * @throws {OptionError} when `feed` is not a Feed from `buildFeed`.
 */
export function jsonFeed(feed: Feed): JsonFeed {
  return writeJsonFeed(feed, 'jsonFeed')
}

function writeJsonFeed(feed: Feed, fn: string): JsonFeed {
  assertFeed(feed, fn)
  const out: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: w(feed.title),
    home_page_url: w(feed.links.home),
    feed_url: w(feed.links.json),
    description: w(feed.description),
    language: w(feed.language),
    authors: [author(feed.publisher)],
    items: feed.items.map((item) => jsonItem(item, w(feed.language))),
  }
  if (feed.icon) out.icon = w(feed.icon)
  if (feed.links.hubs.length > 0) out.hubs = feed.links.hubs.map((url) => ({type: 'WebSub', url: w(url)}))
  return out
}

/**
 * A feed as JSON Feed 1.1 text (`application/feed+json`), compact (no indentation), see {@link jsonFeed}.
 *
 * @example
 * ```ts
 * JSON.parse(toJsonFeed(feed)).version // 'https://jsonfeed.org/version/1.1'
 * ```
 * @throws {OptionError} when `feed` is not a Feed from `buildFeed`.
 */
export function toJsonFeed(feed: Feed): string {
  return JSON.stringify(writeJsonFeed(feed, 'toJsonFeed'))
}

function jsonItem(item: FeedItem, language: string): JsonFeedItem {
  const out: JsonFeedItem = {
    id: w(item.id),
    url: w(item.url),
    title: w(item.title),
    content_html: w(item.contentHtml),
    date_published: w(item.published),
    date_modified: w(item.updated),
    authors: item.authors.map(author),
    tags: item.categories.map((category) => w(category.label)),
    language,
  }
  if (item.summary) out.summary = w(item.summary)
  if (item.image) out.image = w(item.image.url)
  return out
}

function author(who: FeedPerson): JsonFeedAuthor {
  return who.url ? {name: w(who.name), url: w(who.url)} : {name: w(who.name)}
}
