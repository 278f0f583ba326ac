import type {Element} from 'xast'
import {x} from 'xastscript'

import {assertFeed} from './check-feed.ts'
import type {Feed, FeedItem, FeedPerson} from './types.ts'
import {cdata, lines, xmlDocument, xmlSafe, xmlText} from './xml.ts'

/** Options for {@link toAtom}. */
export interface ToAtomOptions {
  /** The `generator` element. Default `Practice Press`. */
  generator?: string | undefined
}

/**
 * A feed as Atom 1.0 (RFC 4287): feed `id` (the feed's URL), `title`, `subtitle`,
 * `updated`, `link rel="self"`, `rel="alternate"`, `rel="hub"` per hub, `author` (the
 * practice), `rights`, `generator`, `icon`, `xml:lang`; per entry `id` (the canonical
 * URL), `title`, `link rel="alternate"`, `link rel="enclosure"` with `type` and `length`
 * for the hero picture, `published`, `updated` (RFC 3339), `author` (`name`, `uri`),
 * `category` (`term` = slug, `label`, `scheme` = the topic's page), `summary` and
 * `content type="html"` (the full HTML, in CDATA). Always well-formed, as `toRss`.
 *
 * @example
 * ```ts
 * toAtom(feed) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" ...'
 * ```
 * @throws {OptionError} when `feed` is not a Feed from `buildFeed`.
 */
export function toAtom(feed: Feed, options: ToAtomOptions = {}): string {
  assertFeed(feed, 'toAtom')
  const children: Element[] = [
    x('id', xmlText(feed.links.atom)),
    x('title', xmlText(feed.title)),
    x('subtitle', xmlText(feed.description)),
    x('updated', xmlText(feed.updated)),
    x('link', {rel: 'self', type: 'application/atom+xml', href: xmlSafe(feed.links.atom)}),
    x('link', {rel: 'alternate', type: 'text/html', href: xmlSafe(feed.links.home)}),
    ...feed.links.hubs.map((hub) => x('link', {rel: 'hub', href: xmlSafe(hub)})),
    person(feed.publisher),
    x('rights', xmlText(feed.copyright)),
    x('generator', xmlText(options.generator ?? 'Practice Press')),
  ]
  if (feed.icon) children.push(x('icon', xmlText(feed.icon)))
  for (const item of feed.items) children.push(entry(item))
  return xmlDocument(x('feed', {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': xmlSafe(feed.language)}, lines(children)))
}

function entry(item: FeedItem): Element {
  const children: Element[] = [
    x('id', xmlText(item.id)),
    x('title', xmlText(item.title)),
    x('link', {rel: 'alternate', type: 'text/html', href: xmlSafe(item.url)}),
  ]
  if (item.image) children.push(x('link', {rel: 'enclosure', type: xmlSafe(item.image.type), length: String(item.image.length), href: xmlSafe(item.image.url)}))
  children.push(x('published', xmlText(item.published)), x('updated', xmlText(item.updated)), ...item.authors.map((author) => person(author)))
  for (const category of item.categories) {
    children.push(x('category', {term: xmlSafe(category.term), label: xmlSafe(category.label), scheme: category.url === undefined ? undefined : xmlSafe(category.url)}))
  }
  if (item.summary) children.push(x('summary', xmlText(item.summary)))
  children.push(x('content', {type: 'html'}, [cdata(item.contentHtml)]))
  return x('entry', lines(children))
}

function person(who: FeedPerson): Element {
  return x('author', [x('name', xmlText(who.name)), who.url ? x('uri', xmlText(who.url)) : undefined])
}
