import {defineQuery} from 'groq'

import {locationFields} from './fragments.ts'

/** One office by slug. Params: `$slug`. */
export const locationBySlugQuery = defineQuery(`*[_type == "location" && slug.current == $slug][0]{${locationFields}}`)

/** Every office, by name. */
export const locationsQuery = defineQuery(`*[_type == "location"] | order(name asc, _id asc){${locationFields}}`)
