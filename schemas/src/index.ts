import type {SchemaTypeDefinition} from 'sanity'

import {bioContent} from './blocks/bio-content.ts'
import {blockContent} from './blocks/block-content.ts'
import {internalLink} from './blocks/internal-link.ts'
import {link} from './blocks/link.ts'
import {article} from './documents/article.ts'
import {author} from './documents/author.ts'
import {location} from './documents/location.ts'
import {PRACTICE_ID, practice} from './documents/practice.ts'
import {topic} from './documents/topic.ts'
import {address} from './objects/address.ts'
import {callToAction} from './objects/call-to-action.ts'
import {CALLOUT_TONES, callout} from './objects/callout.ts'
import {contact} from './objects/contact.ts'
import {credential} from './objects/credential.ts'
import {credit} from './objects/credit.ts'
import {DEFAULT_CRISIS_TEXT, crisisResources} from './objects/crisis-resources.ts'
import {feedSettings} from './objects/feed-settings.ts'
import {imageWithCredit} from './objects/image-with-credit.ts'
import {linkItem} from './objects/link-item.ts'
import {WEEKDAYS, openingHours} from './objects/opening-hours.ts'
import {pullQuote} from './objects/pull-quote.ts'
import {seo} from './objects/seo.ts'

/** The documents an editor creates and edits. */
export const documentTypes: SchemaTypeDefinition[] = [article, author, location, topic, practice]

/** Portable Text: the article and biography bodies and their annotations. */
export const blockTypes: SchemaTypeDefinition[] = [blockContent, bioContent, link, internalLink]

/** Objects shared by the documents. */
export const objectTypes: SchemaTypeDefinition[] = [
  imageWithCredit,
  credit,
  callout,
  pullQuote,
  callToAction,
  address,
  openingHours,
  credential,
  contact,
  crisisResources,
  feedSettings,
  linkItem,
  seo,
]

/** Every schema type of Practice Press, for `defineConfig({schema: {types: schemaTypes}})`. */
export const schemaTypes: SchemaTypeDefinition[] = [...documentTypes, ...blockTypes, ...objectTypes]

/** Document types that exist once: their id is fixed and they cannot be created again or deleted. */
export const singletonTypes: ReadonlySet<string> = new Set([practice.name])

export {
  address,
  article,
  author,
  bioContent,
  blockContent,
  callToAction,
  callout,
  CALLOUT_TONES,
  contact,
  credential,
  credit,
  crisisResources,
  DEFAULT_CRISIS_TEXT,
  feedSettings,
  imageWithCredit,
  internalLink,
  link,
  linkItem,
  location,
  openingHours,
  practice,
  PRACTICE_ID,
  pullQuote,
  seo,
  topic,
  WEEKDAYS,
}
