/**
 * Every query of the SDK with parameters that exercise it on the example dataset: the
 * list the parity, perspective and fast-path tests run.
 */
import {
  articleBySlugQuery,
  articleFeedQuery,
  articleSearchQuery,
  articlesPageQuery,
  authorBySlugQuery,
  authorsQuery,
  feedQuery,
  locationBySlugQuery,
  locationsQuery,
  practiceQuery,
  sitemapQuery,
  topicsQuery,
} from '@practice-press/sdk'

/** A fixed "now" so results do not change with the date. */
export const NOW = '2026-11-24T12:00:00.000Z'

export const sdkQueries: {name: string; query: string; params: Record<string, unknown>}[] = [
  {name: 'articleBySlug', query: articleBySlugQuery, params: {slug: 'repair-after-an-argument', now: NOW}},
  {name: 'articleBySlug (unknown)', query: articleBySlugQuery, params: {slug: 'no-such-article', now: NOW}},
  {
    name: 'articlesPage',
    query: articlesPageQuery,
    params: {now: NOW, topic: null, author: null, afterPublishedAt: null, afterId: null, limit: 3},
  },
  {
    name: 'articlesPage (topic, after a cursor)',
    query: articlesPageQuery,
    params: {now: NOW, topic: 'couples', author: null, afterPublishedAt: '2026-02-17T16:00:00.000Z', afterId: 'article-when-to-try-couples-therapy', limit: 5},
  },
  {
    name: 'articlesPage (author)',
    query: articlesPageQuery,
    params: {now: NOW, topic: null, author: 'sam-rivera', afterPublishedAt: null, afterId: null, limit: 10},
  },
  {name: 'articleSearch', query: articleSearchQuery, params: {q: 'listen*', now: NOW, limit: 10}},
  {name: 'articleFeed', query: articleFeedQuery, params: {now: NOW, limit: 50}},
  {name: 'feed', query: feedQuery, params: {now: NOW, limit: 50, topic: null, author: null}},
  {name: 'feed (topic)', query: feedQuery, params: {now: NOW, limit: 5, topic: 'couples', author: null}},
  {name: 'feed (author)', query: feedQuery, params: {now: NOW, limit: 5, topic: null, author: 'sam-rivera'}},
  {name: 'authorBySlug', query: authorBySlugQuery, params: {slug: 'lia-huynh'}},
  {name: 'authors', query: authorsQuery, params: {}},
  {name: 'locationBySlug', query: locationBySlugQuery, params: {slug: 'san-jose'}},
  {name: 'locations', query: locationsQuery, params: {}},
  {name: 'practice', query: practiceQuery, params: {}},
  {name: 'topics', query: topicsQuery, params: {now: NOW}},
  {name: 'sitemap', query: sitemapQuery, params: {now: NOW}},
]
