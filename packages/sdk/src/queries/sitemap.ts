import {defineQuery} from 'groq'

/** Every public page with its last change (and an article's hero picture), for sitemaps. Params: `$now`. */
export const sitemapQuery = defineQuery(`{
  "articles": *[_type == "article" && dateTime(publishedAt) <= dateTime($now) && seo.noIndex != true] | order(publishedAt desc, _id desc){
    _type, "slug": slug.current, canonicalUrl, "lastModified": coalesce(updatedAt, publishedAt),
    "image": heroImage{"url": asset->url, alt, caption}
  },
  "authors": *[_type == "author"]{_type, "slug": slug.current, "lastModified": _updatedAt},
  "locations": *[_type == "location"]{_type, "slug": slug.current, "lastModified": _updatedAt},
  "topics": *[_type == "topic"]{_type, "slug": slug.current, "lastModified": _updatedAt}
}`)
