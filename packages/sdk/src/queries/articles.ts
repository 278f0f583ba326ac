import {defineQuery} from 'groq'

import {articleCardFields, authorFields, bodyFields, imageFields} from './fragments.ts'

/**
 * One article by slug, with its author, topics, resolved images and related articles.
 * An article whose `publishedAt` is after `$now` is not served yet.
 * Params: `$slug`, `$now` (ISO date-time).
 */
export const articleBySlugQuery = defineQuery(`
  *[_type == "article" && slug.current == $slug && dateTime(publishedAt) <= dateTime($now)][0]{
    _id,
    _type,
    _updatedAt,
    title,
    "slug": slug.current,
    excerpt,
    publishedAt,
    updatedAt,
    canonicalUrl,
    showCrisisNotice,
    seo,
    heroImage{${imageFields}},
    body[]{${bodyFields}},
    "author": author->{${authorFields}},
    "topics": topics[]->{_id, title, "slug": slug.current},
    "related": (relatedArticles[]->)[dateTime(publishedAt) <= dateTime($now)]{${articleCardFields}}
  }
`)

/**
 * A page of articles, newest first (by `publishedAt` as a time, then `_id`), optionally for
 * one topic or author. Dates are compared with `dateTime()`, never as text, so
 * `2024-03-02T20:00:00-05:00` is later than `2024-03-03T00:30:00Z`. Keyset pagination: pass the last item's `publishedAt` and `_id` as
 * `$afterPublishedAt` and `$afterId` (both `null` for the first page).
 * Params: `$now`, `$topic`, `$author` (slugs or `null`), `$afterPublishedAt`, `$afterId`, `$limit`.
 */
export const articlesPageQuery = defineQuery(`
  *[
    _type == "article"
    && dateTime(publishedAt) <= dateTime($now)
    && (!defined($topic) || $topic in topics[]->slug.current)
    && (!defined($author) || author->slug.current == $author)
    && (
      !defined($afterPublishedAt)
      || dateTime(publishedAt) < dateTime($afterPublishedAt)
      || (dateTime(publishedAt) == dateTime($afterPublishedAt) && _id < $afterId)
    )
  ] | order(dateTime(publishedAt) desc, _id desc) [0...$limit]{${articleCardFields}}
`)

/**
 * Articles whose title, excerpt or text match the words in `$q` (GROQ `match`), newest first.
 * Params: `$q`, `$now`, `$limit`.
 */
export const articleSearchQuery = defineQuery(`
  *[
    _type == "article"
    && dateTime(publishedAt) <= dateTime($now)
    && [title, excerpt, pt::text(body)] match $q
  ] | order(dateTime(publishedAt) desc, _id desc) [0...$limit]{${articleCardFields}}
`)

/**
 * Every published article with its full body, newest first: what feeds need.
 * Params: `$now`, `$limit`.
 */
export const articleFeedQuery = defineQuery(`
  *[_type == "article" && dateTime(publishedAt) <= dateTime($now)] | order(dateTime(publishedAt) desc, _id desc) [0...$limit]{
    ${articleCardFields},
    showCrisisNotice,
    body[]{${bodyFields}},
    "authorProfile": author->{name, "slug": slug.current, credentials[]{abbreviation}}
  }
`)
