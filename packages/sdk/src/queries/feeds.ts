import {defineQuery} from 'groq'

import {articleCardFields, bodyFields, imageFields} from './fragments.ts'

/**
 * Everything one feed needs in one request: the practice's settings, the topic or author
 * the feed is about (when `$topic` / `$author` name one; `null` otherwise or when unknown),
 * and the newest published articles (by time, then `_id`) with their full body, the hero
 * image's file size for enclosures, and the author's profile.
 * Params: `$now` (ISO date-time), `$limit`, `$topic`, `$author` (slugs or `null`).
 */
export const feedQuery = defineQuery(`{
  "practice": *[_type == "practice"][0]{
    _id, _updatedAt, name, baseUrl, description, logo{${imageFields}}, crisisResources, feed, sampleContent
  },
  "topic": *[_type == "topic" && defined($topic) && slug.current == $topic][0]{_id, title, "slug": slug.current, description},
  "author": *[_type == "author" && defined($author) && slug.current == $author][0]{_id, name, "slug": slug.current, shortBio},
  "articles": *[
    _type == "article"
    && dateTime(publishedAt) <= dateTime($now)
    && (!defined($topic) || $topic in topics[]->slug.current)
    && (!defined($author) || author->slug.current == $author)
  ] | order(dateTime(publishedAt) desc, _id desc) [0...$limit]{
    ${articleCardFields},
    _rev,
    _updatedAt,
    showCrisisNotice,
    "heroImageSize": heroImage.asset->size,
    body[]{${bodyFields}}
  }
}`)
