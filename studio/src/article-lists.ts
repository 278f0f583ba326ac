/**
 * The filters behind the Studio's article lists, written for the perspective the Studio
 * queries lists with. Since sanity 6 that is the `drafts` perspective by default: a draft
 * comes back under its published `_id`, with the draft's id in `_originalId`, so a filter on
 * `_id in path("drafts.**")` finds nothing and cannot tell a live article from one that was
 * never published. These filters use `_originalId` for "has unpublished changes", and the
 * ids of the live articles (read with the `published` perspective, see
 * {@link LIVE_ARTICLE_IDS_QUERY}) for "is live".
 *
 * Under the `published` perspective (the Studio's perspective menu) the drafts lists are
 * empty and "Published" lists every live article, as it should.
 */

/**
 * The ids of the articles that are live: run with `perspective: 'published'`. The filter
 * also leaves drafts and release versions out under `raw`.
 */
export const LIVE_ARTICLE_IDS_QUERY = '*[_type == "article" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]._id'

/** What a reader can see now: articles with a published version. Params: `$liveIds`. */
export const PUBLISHED_ARTICLES_FILTER = '_type == "article" && _id in $liveIds'

/**
 * Articles with unpublished changes: a draft exists, whether or not the article was ever
 * published. Needs no parameters.
 */
export const DRAFT_ARTICLES_FILTER = '_type == "article" && _originalId in path("drafts.**")'

/** Drafts of articles that were never published: nothing of them is live. Params: `$liveIds`. */
export const NEVER_PUBLISHED_ARTICLES_FILTER = `${DRAFT_ARTICLES_FILTER} && !(_id in $liveIds)`

/** The parameters the filters above read. */
export interface ArticleListParams {
  /** The ids of the live articles, from {@link LIVE_ARTICLE_IDS_QUERY}. */
  liveIds: string[]
  // The Studio's structure builder takes `Record<string, unknown>` params.
  [name: string]: unknown
}

/** The list parameters for a result of {@link LIVE_ARTICLE_IDS_QUERY} (`null` while unknown). */
export function articleListParams(liveIds: readonly unknown[] | null | undefined): ArticleListParams {
  return {liveIds: (liveIds ?? []).filter((id): id is string => typeof id === 'string')}
}
