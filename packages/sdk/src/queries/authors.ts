import {defineQuery} from 'groq'

import {authorFields} from './fragments.ts'

/** One clinician by slug. Params: `$slug`. */
export const authorBySlugQuery = defineQuery(`*[_type == "author" && slug.current == $slug][0]{${authorFields}}`)

/** Every clinician, by name. */
export const authorsQuery = defineQuery(`*[_type == "author"] | order(name asc, _id asc){${authorFields}}`)
