import type {ArticleFeedQueryResult, SitemapQueryResult} from '../generated/sanity.types.ts'
import {articleFeedQuery} from '../queries/articles.ts'
import {sitemapQuery} from '../queries/sitemap.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {nowParam, type AtTime} from './clock.ts'

/** The newest published articles with their full text, for RSS, Atom and JSON Feed. */
export async function listFeedArticles(
  source: ContentSource,
  params: AtTime & {limit?: number} = {},
  options: FetchOptions = {},
): Promise<ArticleFeedQueryResult> {
  const limit = params.limit ?? 50
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new RangeError(`limit must be a whole number from 1 to 1000; got ${JSON.stringify(params.limit)}.`)
  }
  return source.fetch<ArticleFeedQueryResult>(articleFeedQuery, {now: nowParam(params.now), limit}, {tag: 'listFeedArticles', ...options})
}

/** Every public page and when it last changed, for sitemaps. */
export async function listSitemapEntries(
  source: ContentSource,
  params: AtTime = {},
  options: FetchOptions = {},
): Promise<SitemapQueryResult> {
  return source.fetch<SitemapQueryResult>(sitemapQuery, {now: nowParam(params.now)}, {tag: 'listSitemapEntries', ...options})
}
