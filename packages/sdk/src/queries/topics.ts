import {defineQuery} from 'groq'

/** Every topic, by title, with how many published articles it has. Params: `$now`. */
export const topicsQuery = defineQuery(`
  *[_type == "topic"] | order(title asc, _id asc){
    _id,
    _type,
    title,
    "slug": slug.current,
    description,
    "articleCount": count(*[_type == "article" && dateTime(publishedAt) <= dateTime($now) && references(^._id)])
  }
`)
