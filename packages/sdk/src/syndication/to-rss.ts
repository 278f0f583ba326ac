import type {Element} from 'xast'
import {x} from 'xastscript'

import {OptionError} from '../vocabulary/option-error.ts'
import {assertFeed} from './check-feed.ts'
import type {Feed, FeedItem} from './types.ts'
import {cdata, lines, xmlDocument, xmlSafe, xmlText} from './xml.ts'

/** Options for {@link toRss}. */
export interface ToRssOptions {
  /** The `generator` element. Default `Practice Press`. */
  generator?: string | undefined
}

/**
 * A feed as RSS 2.0 (RSS Advisory Board specification, 2009): channel `title`, `link`,
 * `description`, `language`, `copyright`, `lastBuildDate`, `generator`, `docs`, `image`,
 * `atom:link rel="self"` (and `rel="hub"` per hub, RSS Best Practices); per item `title`,
 * `link`, `guid isPermaLink="true"` (the canonical URL), `pubDate` (RFC 822),
 * `dc:creator` (Dublin Core) per author, `category domain` per topic, `description` (the
 * summary, and the channel's description, as escaped HTML: readers render it as HTML), `content:encoded` (the full HTML, in CDATA) and the hero picture as
 * `enclosure` with `url`, `length` and `type`. Built as an xast tree (`xastscript`) and
 * written by `xast-util-to-xml`; characters XML 1.0 forbids are removed and `]]>` in
 * content is split across CDATA sections, so the document is always well-formed.
 *
 * @example
 * ```ts
 * const feed = await buildFeed(source, {baseUrl: 'https://www.example.com'})
 * toRss(feed!) // '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" ...'
 * ```
 * @throws {OptionError} when `feed` is not a Feed from `buildFeed`.
 */
export function toRss(feed: Feed, options: ToRssOptions = {}): string {
  assertFeed(feed, 'toRss')
  const channel: Element[] = [
    x('title', xmlText(feed.title)),
    x('link', xmlText(feed.links.home)),
    x('description', xmlText(htmlText(feed.description))),
    x('language', xmlText(feed.language)),
    x('copyright', xmlText(feed.copyright)),
    x('lastBuildDate', utcString(feed.updated)),
    x('generator', xmlText(options.generator ?? 'Practice Press')),
    x('docs', 'https://www.rssboard.org/rss-specification'),
    x('atom:link', {href: xmlSafe(feed.links.rss), rel: 'self', type: 'application/rss+xml'}),
    ...feed.links.hubs.map((hub) => x('atom:link', {href: xmlSafe(hub), rel: 'hub'})),
  ]
  if (feed.icon) channel.push(x('image', [x('url', xmlText(feed.icon)), x('title', xmlText(feed.title)), x('link', xmlText(feed.links.home))]))
  for (const item of feed.items) channel.push(rssItem(item))
  return xmlDocument(
    x(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      },
      lines([x('channel', lines(channel))]),
    ),
  )
}

function rssItem(item: FeedItem): Element {
  const children: Element[] = [
    x('title', xmlText(item.title)),
    x('link', xmlText(item.url)),
    x('guid', {isPermaLink: 'true'}, xmlText(item.id)),
    x('pubDate', utcString(item.published)),
    ...item.authors.map((author) => x('dc:creator', xmlText(author.name))),
    ...item.categories.map((category) => x('category', category.url ? {domain: xmlSafe(category.url)} : {}, xmlText(category.label))),
  ]
  if (item.summary) children.push(x('description', xmlText(htmlText(item.summary))))
  children.push(x('content:encoded', [cdata(item.contentHtml)]))
  if (item.image) children.push(x('enclosure', {url: xmlSafe(item.image.url), length: String(item.image.length), type: xmlSafe(item.image.type)}))
  return x('item', lines(children))
}

/**
 * An RFC 3339 date-time as RFC 822 (RSS 2.0's format, with a four-digit year): `Tue, 11 Feb 2025 17:00:00 GMT`.
 *
 * @example
 * ```ts
 * rfc822('2025-02-11T17:00:00Z') // 'Tue, 11 Feb 2025 17:00:00 GMT'
 * ```
 * @throws {OptionError} naming `iso` when it is not a date-time string a `Date` reads.
 */
export function rfc822(iso: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : undefined
  if (!date || Number.isNaN(date.getTime())) throw new OptionError({fn: 'rfc822', option: 'iso', must: 'be an RFC 3339 date-time such as "2025-02-11T17:00:00Z"', value: iso})
  return date.toUTCString()
}

/** A feed's date-time as RFC 822, unchecked (a Feed's dates come from `buildFeed`). */
function utcString(iso: string): string {
  return new Date(iso).toUTCString()
}

/**
 * Plain text as the HTML RSS readers take a `description` to be (RSS 2.0: "entity-encoded
 * HTML is allowed"; feedparser and most readers render it as HTML): `<`, `>` and `&`
 * escaped once for HTML, then once more by the XML writer, so "I feel <feeling>" reads
 * back as written instead of losing `<feeling>` as an unknown tag.
 */
function htmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
