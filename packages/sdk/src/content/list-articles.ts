import type {ArticlesPageQueryResult} from '../generated/sanity.types.ts'
import {articlesPageQuery} from '../queries/articles.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {checkParams} from './check-params.ts'
import {nowParam, type AtTime} from './clock.ts'
import {limitParam} from './limit.ts'
import {decodeCursor, encodeCursor} from './cursor.ts'

/** Parameters of {@link listArticles}. */
export interface ListArticlesParams extends AtTime {
  /** Only articles under this topic (its slug). */
  topic?: string | undefined
  /** Only articles by this author (their slug). */
  author?: string | undefined
  /** Articles per page, 1 to 100. Default 20. */
  limit?: number | undefined
  /** The `nextCursor` of the previous page; none for the first page. */
  cursor?: string | undefined
}

/** One page of articles. */
export interface ArticlePage {
  items: ArticlesPageQueryResult
  /** Pass it as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null
}

/**
 * Published articles, newest first (by `publishedAt` compared as a time, then `_id`), a
 * page at a time. The cursor marks a position, not an offset, so pages stay stable when
 * articles are added, and it compares dates as times too, so pages written with mixed
 * date formats (`-05:00`, `Z`, with or without milliseconds) skip and repeat nothing. Articles scheduled for later are not listed until their time.
 *
 * @example
 * ```ts
 * const first = await listArticles(source, {limit: 10})
 * const second = await listArticles(source, {limit: 10, cursor: first.nextCursor ?? undefined})
 * ```
 */
export async function listArticles(
  source: ContentSource,
  params: ListArticlesParams = {},
  options: FetchOptions = {},
): Promise<ArticlePage> {
  checkParams('listArticles', source, params, ['topic', 'author', 'limit', 'cursor', 'now'], options)
  const limit = limitParam(params.limit, 20, 100, 'listArticles')
  const after = params.cursor ? decodeCursor(params.cursor, 'listArticles') : undefined
  const rows = await source.fetch<ArticlesPageQueryResult>(
    articlesPageQuery,
    {
      now: nowParam(params.now, 'listArticles'),
      topic: params.topic ?? null,
      author: params.author ?? null,
      afterPublishedAt: after?.publishedAt ?? null,
      afterId: after?.id ?? null,
      limit: limit + 1,
    },
    {tag: 'listArticles', ...options},
  )
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const nextCursor = rows.length > limit && last?.publishedAt ? encodeCursor({publishedAt: last.publishedAt, id: last._id}) : null
  return {items, nextCursor}
}
