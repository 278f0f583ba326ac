import {listSitemapEntries} from '@practice-press/sdk'
import {
  buildFeed,
  FEED_FILES,
  SYNDICATION_CONTENT_TYPES,
  sitemapEntries,
  toAtom,
  toJsonFeed,
  toRobotsTxt,
  toRss,
  toSitemap,
  toSitemapPage,
  type FeedFormat,
} from '@practice-press/sdk/syndication'

import type {AppContext} from '../app-env.ts'

/** Feeds and the sitemap may be a few minutes old. */
export const FEED_CACHE_CONTROL = 'public, max-age=300'

const FORMAT_OF_FILE = new Map<string, FeedFormat>(Object.entries(FEED_FILES).map(([format, file]) => [file, format as FeedFormat]))

/**
 * `/rss.xml`, `/atom.xml`, `/feed.json`, and the same under `/topics/{slug}/` and
 * `/authors/{slug}/`: the SDK's feeds (published articles only, whatever the preview
 * cookie says). 404 for a topic or author that does not exist.
 */
export async function feed(c: AppContext): Promise<Response> {
  const file = c.req.path.slice(c.req.path.lastIndexOf('/') + 1)
  const format = FORMAT_OF_FILE.get(file)
  if (!format) return c.notFound()
  const scope = c.req.path.startsWith('/topics/') ? {topic: c.req.param('slug')} : c.req.path.startsWith('/authors/') ? {author: c.req.param('slug')} : {}
  const built = await buildFeed(c.get('options').currentSource(), {baseUrl: await c.get('baseUrl')(), ...scope, onWarning: false})
  if (!built) return c.notFound()
  const body = format === 'rss' ? toRss(built) : format === 'atom' ? toAtom(built) : toJsonFeed(built)
  c.header('cache-control', FEED_CACHE_CONTROL)
  c.header('content-type', SYNDICATION_CONTENT_TYPES[format])
  return c.body(body)
}

/** `/sitemap.xml` (an index past 50,000 URLs) and `/sitemap-{n}.xml`: the site's own published pages. */
export async function sitemap(c: AppContext): Promise<Response> {
  const baseUrl = await c.get('baseUrl')()
  const entries = sitemapEntries(await listSitemapEntries(c.get('options').currentSource()), {baseUrl})
  const page = /^\/sitemap-(\d+)\.xml$/.exec(c.req.path)
  const body = page ? toSitemapPage(entries, Number(page[1]), {baseUrl}) : toSitemap(entries, {baseUrl})
  if (body === undefined) return c.notFound()
  c.header('cache-control', FEED_CACHE_CONTROL)
  c.header('content-type', SYNDICATION_CONTENT_TYPES.sitemap)
  return c.body(body)
}

/** `/robots.txt`: everything disallowed while the practice says `sampleContent`; otherwise the sitemap. */
export async function robots(c: AppContext): Promise<Response> {
  const {practice} = await c.get('site')()
  c.header('cache-control', FEED_CACHE_CONTROL)
  c.header('content-type', SYNDICATION_CONTENT_TYPES.robots)
  return c.body(toRobotsTxt(practice, {baseUrl: await c.get('baseUrl')()}))
}
