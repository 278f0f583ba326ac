import type {ArticleBySlugQueryResult} from '../generated/sanity.types.ts'
import {articleBySlugQuery} from '../queries/articles.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkParams} from './check-params.ts'
import {nowParam, type AtTime} from './clock.ts'

/** Parameters of {@link getArticle}. */
export interface GetArticleParams extends AtTime {
  /** The article's slug, e.g. `repair-after-an-argument`. */
  slug: string
}

/**
 * One article with its author, topics, resolved images and related articles; `null`
 * when no article has that slug or it is not published yet.
 *
 * @example
 * ```ts
 * const article = await getArticle(source, {slug: 'repair-after-an-argument'})
 * ```
 */
export async function getArticle(
  source: ContentSource,
  params: GetArticleParams,
  options: FetchOptions = {},
): Promise<ArticleBySlugQueryResult> {
  checkParams('getArticle', source, params, ['slug', 'now'], options)
  if (typeof params?.slug !== 'string') throw new OptionError({fn: 'getArticle', option: 'params.slug', must: 'be the article’s slug as a string', value: params?.slug})
  return source.fetch<ArticleBySlugQueryResult>(
    articleBySlugQuery,
    {slug: params.slug, now: nowParam(params.now, 'getArticle')},
    {tag: 'getArticle', ...options},
  )
}
