import type {ArticleSearchQueryResult} from '../generated/sanity.types.ts'
import {articleSearchQuery} from '../queries/articles.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkParams} from './check-params.ts'
import {nowParam, type AtTime} from './clock.ts'
import {limitParam} from './limit.ts'

/** Parameters of {@link searchArticles}. */
export interface SearchArticlesParams extends AtTime {
  /** What the reader typed. Words are matched as GROQ `match` does (prefixes with `*`). */
  q: string
  /** At most this many results, 1 to 100. Default 20. */
  limit?: number | undefined
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
  checkParams('searchArticles', source, params, ['q', 'limit', 'now'], options)
  if (typeof params?.q !== 'string') throw new OptionError({fn: 'searchArticles', option: 'params.q', must: 'be the search words as a string', value: params?.q})
  const limit = limitParam(params.limit, 20, 100, 'searchArticles')
  const q = params.q.trim()
  if (q === '') return []
  return source.fetch<ArticleSearchQueryResult>(
    articleSearchQuery,
    {q, now: nowParam(params.now, 'searchArticles'), limit},
    {tag: 'searchArticles', ...options},
  )
}
