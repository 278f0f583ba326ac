import type {ArticleFeedQueryResult, SitemapQueryResult} from '../generated/sanity.types.ts'
import {articleFeedQuery} from '../queries/articles.ts'
import {sitemapQuery} from '../queries/sitemap.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {checkParams} from './check-params.ts'
import {nowParam, type AtTime} from './clock.ts'
import {limitParam} from './limit.ts'

/** The newest published articles with their full text, for RSS, Atom and JSON Feed. */
export async function listFeedArticles(
  source: ContentSource,
  params: AtTime & {limit?: number} = {},
  options: FetchOptions = {},
): Promise<ArticleFeedQueryResult> {
  checkParams('listFeedArticles', source, params, ['limit', 'now'], options)
  const limit = limitParam(params.limit, 50, 1000, 'listFeedArticles')
  return source.fetch<ArticleFeedQueryResult>(articleFeedQuery, {now: nowParam(params.now, 'listFeedArticles'), limit}, {tag: 'listFeedArticles', ...options})
}

/** Every public page and when it last changed, for sitemaps. */
export async function listSitemapEntries(
  source: ContentSource,
  params: AtTime = {},
  options: FetchOptions = {},
): Promise<SitemapQueryResult> {
  checkParams('listSitemapEntries', source, params, ['now'], options)
  return source.fetch<SitemapQueryResult>(sitemapQuery, {now: nowParam(params.now, 'listSitemapEntries')}, {tag: 'listSitemapEntries', ...options})
}
