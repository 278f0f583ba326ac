import type {ArticleSearchQueryResult} from '../generated/sanity.types.ts'
import {articleSearchQuery} from '../queries/articles.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {nowParam, type AtTime} from './clock.ts'

/** Parameters of {@link searchArticles}. */
export interface SearchArticlesParams extends AtTime {
  /** What the reader typed. Words are matched as GROQ `match` does (prefixes with `*`). */
  q: string
  /** At most this many results, 1 to 100. Default 20. */
  limit?: number
}

/**
 * Published articles whose title, excerpt or text match `q`, newest first. The same
 * GROQ `match` runs on both sources, so they give the same answers. An empty query
 * finds nothing.
 */
export async function searchArticles(
  source: ContentSource,
  params: SearchArticlesParams,
  options: FetchOptions = {},
): Promise<ArticleSearchQueryResult> {
  if (typeof params?.q !== 'string') throw new TypeError('searchArticles needs {q}: the search words as a string.')
  const limit = params.limit ?? 20
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new RangeError(`limit must be a whole number from 1 to 100; got ${JSON.stringify(params.limit)}.`)
  }
  const q = params.q.trim()
  if (q === '') return []
  return source.fetch<ArticleSearchQueryResult>(
    articleSearchQuery,
    {q, now: nowParam(params.now), limit},
    {tag: 'searchArticles', ...options},
  )
}
