import {defineQuery} from 'groq'

import {imageFields} from './fragments.ts'

/** The practice settings (one document). */
export const practiceQuery = defineQuery(`
  *[_type == "practice"][0]{
    _id,
    _type,
    name,
    baseUrl,
    description,
    logo{${imageFields}},
    crisisResources,
    insurancePolicy,
    contactPromise,
    socialLinks[]{label, url},
    feed,
    sampleContent
  }
`)
