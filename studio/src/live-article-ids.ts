import {map, type Observable} from 'rxjs'

import {articleListParams, LIVE_ARTICLE_IDS_QUERY, type ArticleListParams} from './article-lists.ts'

/** The part of the Studio's document store the lists need (`context.documentStore`). */
export interface ListenQueryStore {
  listenQuery(query: string, params: Record<string, never>, options: {perspective: 'published'; tag: string}): Observable<unknown>
}

/**
 * The live articles' ids as list parameters, read with the `published` perspective whatever
 * perspective the Studio shows, and emitted again whenever an article is published or
 * unpublished, so the lists stay right while they are open.
 */
export function liveArticleParams(documentStore: ListenQueryStore): Observable<ArticleListParams> {
  return documentStore
    .listenQuery(LIVE_ARTICLE_IDS_QUERY, {}, {perspective: 'published', tag: 'structure.live-article-ids'})
    .pipe(map((ids) => articleListParams(Array.isArray(ids) ? ids : null)))
}
