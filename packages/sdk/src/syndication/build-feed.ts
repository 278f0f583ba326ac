import {nowParam} from '../content/clock.ts'
import {limitParam} from '../content/limit.ts'
import type {FeedQueryResult} from '../generated/sanity.types.ts'
import {feedQuery} from '../queries/feeds.ts'
import type {RenderCache} from '../render/article/render-cache.ts'
import {absoluteUrl} from '../render/lib/absolute-url.ts'
import type {Routes} from '../routes/create-routes.ts'
import {feedUrl, joinUrl, urlFor} from '../routes/url-for.ts'
import {assertSource, type ContentSource} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {feedItem, isoDate} from './feed-item.ts'
import {practiceBaseUrl, resolveSyndicationWarning} from './options.ts'
import {checkBaseUrl} from '../vocabulary/base-url.ts'
import type {Feed, FeedItem, OnSyndicationWarning} from './types.ts'

/** Options for {@link buildFeed}. */
export interface BuildFeedOptions {
  /** The site's address, e.g. `https://www.example.com`. Default: the practice's `baseUrl`. One of the two is required. */
  baseUrl?: string | undefined
  /** The site's routes (`createRoutes({...})`), for every page URL in the feed. Default `/articles/{slug}`, ... */
  routes?: Routes | undefined
  /** A topic's slug: the feed holds that topic's articles. */
  topic?: string | null | undefined
  /** An author's slug: the feed holds that author's articles. */
  author?: string | null | undefined
  /** How many of the newest articles, 1 to 1000. Default 50. */
  limit?: number | undefined
  /** Articles published after this are left out. Default: now, to the minute. */
  now?: Date | string | undefined
  /** WebSub hubs to announce (RSS and Atom `link rel="hub"`, JSON Feed `hubs`). */
  hubs?: readonly string[] | undefined
  /** Keeps rendered bodies between builds (see `createRenderCache`); safe to share with pages. */
  cache?: RenderCache | undefined
  /** Receives a warning for each article left out or rendered without a broken part. Default `console.warn`; `false` silences. */
  onWarning?: OnSyndicationWarning | false | undefined
}

const SAMPLE_NOTE = 'This is sample content: the articles and their author are made up, to show how the site works.'

/**
 * Fetches and prepares one feed (the newest published articles of the site, a topic or an
 * author) in one query, for `toRss`, `toAtom` and `toJsonFeed`. Only published articles
 * whose `publishedAt` has come appear (the `published` perspective; drafts never). Every
 * URL is absolute. While the practice says `sampleContent`, the description says so.
 * A broken article (no slug, no title, a render that throws) is reported through
 * `onWarning` and left out; one with an unknown block type is reported and kept without it.
 * Resolves to `null` when `topic` or `author` names no such document (a 404 for a server).
 *
 * @example
 * ```ts
 * const feed = await buildFeed(source, {baseUrl: 'https://www.example.com', topic: 'trust'})
 * if (feed) response = new Response(toRss(feed), {headers: {'content-type': 'application/rss+xml; charset=utf-8'}})
 * ```
 * @throws {OptionError} when neither `baseUrl` nor the practice gives an absolute http(s)
 *   address, both `topic` and `author` are given, `limit` is not a whole number from 1 to
 *   1000, or an option has the wrong type.
 * @throws {ContentQueryError} when the query fails.
 */
export async function buildFeed(source: ContentSource, options: BuildFeedOptions = {}): Promise<Feed | null> {
  assertSource(source, 'buildFeed')
  const warn = resolveSyndicationWarning(options.onWarning, 'buildFeed')
  const limit = limitParam(options.limit, 50, 1000, 'buildFeed', 'options.limit')
  const topic = slugOption(options.topic, 'topic')
  const author = slugOption(options.author, 'author')
  if (topic && author) {
    throw new OptionError({fn: 'buildFeed', option: 'options.author', must: 'not be given with options.topic (a feed is for one topic or one author)', value: author})
  }
  const givenBaseUrl = options.baseUrl === undefined ? undefined : checkBaseUrl(options.baseUrl, 'buildFeed')
  const hubs = [...(options.hubs ?? [])]
  hubs.forEach((hub, index) => checkBaseUrl(hub, 'buildFeed', `options.hubs[${index}]`))
  const result = await source.fetch<FeedQueryResult>(
    feedQuery,
    {now: nowParam(options.now, 'buildFeed', 'options.now'), limit, topic: topic ?? null, author: author ?? null},
    {tag: 'buildFeed', perspective: 'published'},
  )
  const practice = result.practice
  const baseUrl = givenBaseUrl ?? practiceBaseUrl(practice?.baseUrl, 'buildFeed')
  if ((topic && !result.topic) || (author && !result.author)) return null

  const items: FeedItem[] = []
  for (const article of result.articles) {
    const item = feedItem(article, {baseUrl, practice, warn, cache: options.cache, routes: options.routes})
    if (item) items.push(item)
  }
  const name = practice?.name?.trim() || new URL(baseUrl).hostname
  const scope: Feed['scope'] = result.topic
    ? {kind: 'topic', slug: result.topic.slug ?? topic!, title: result.topic.title ?? topic!}
    : result.author
      ? {kind: 'author', slug: result.author.slug ?? author!, name: result.author.name ?? author!}
      : {kind: 'site'}
  const feedScope = {topic, author}
  const home =
    scope.kind === 'topic'
      ? (urlFor({_type: 'topic', slug: scope.slug}, {baseUrl, routes: options.routes}) ?? joinUrl(baseUrl, '/'))
      : scope.kind === 'author'
        ? (urlFor({_type: 'author', slug: scope.slug}, {baseUrl, routes: options.routes}) ?? joinUrl(baseUrl, '/'))
        : joinUrl(baseUrl, '/')
  const description = scope.kind === 'topic'
    ? result.topic?.description?.trim() || `Articles on ${scope.title} from ${name}.`
    : scope.kind === 'author'
      ? `Articles by ${scope.name} from ${name}.`
      : practice?.feed?.description?.trim() || practice?.description?.trim() || `Articles from ${name}.`
  const sampleContent = practice?.sampleContent === true
  const newest = items.map((item) => item.updated).toSorted().at(-1)
  const feed: Feed = {
    scope,
    title: scope.kind === 'topic' ? `${name}: ${scope.title}` : scope.kind === 'author' ? `${name}: articles by ${scope.name}` : practice?.feed?.title?.trim() || name,
    description: sampleContent ? `${description} ${SAMPLE_NOTE}` : description,
    language: practice?.feed?.language?.trim() || 'en',
    copyright: `© ${name}`,
    updated: newest ?? isoDate(practice?._updatedAt) ?? new Date(0).toISOString(),
    links: {
      home,
      rss: feedUrl('rss', feedScope, {baseUrl}),
      atom: feedUrl('atom', feedScope, {baseUrl}),
      json: feedUrl('json', feedScope, {baseUrl}),
      hubs,
    },
    publisher: {name, url: joinUrl(baseUrl, '/')},
    sampleContent,
    items,
  }
  const logo = practice?.logo?.asset?.url
  if (logo) feed.icon = absoluteUrl(logo, baseUrl)
  return feed
}

function slugOption(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new OptionError({fn: 'buildFeed', option: `options.${name}`, must: 'be a slug (a string)', value})
  return value
}
