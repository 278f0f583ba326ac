/**
 * What the SEO and cross-post functions read: query results of the SDK fit
 * (`ArticleBySlugQueryResult`, `PracticeQueryResult`, `AuthorBySlugQueryResult`,
 * `LocationBySlugQueryResult`); every field may be missing, and a missing fact is left out.
 */

/** An image as the SDK's queries return it. */
export interface SeoImage {
  alt?: string | null
  decorative?: boolean | null
  crop?: {top?: number; bottom?: number; left?: number; right?: number} | null
  hotspot?: {x?: number; y?: number; height?: number; width?: number} | null
  asset?: {url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null} | null
}

/** The practice's settings, as `getPractice` returns them. */
export interface SeoPractice {
  name?: string | null
  baseUrl?: string | null
  description?: string | null
  logo?: SeoImage | null
  feed?: {title?: string; description?: string; language?: string} | null
  sampleContent?: boolean | null
  crisisResources?: {heading?: string; text?: string} | null
}

/** An article, as `getArticle` returns it. */
export interface SeoArticle {
  _id?: string
  _rev?: string
  _updatedAt?: string
  title?: string | null
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  canonicalUrl?: string | null
  showCrisisNotice?: boolean | null
  seo?: {title?: string; description?: string; noIndex?: boolean} | null
  heroImage?: SeoImage | null
  body?: unknown
  author?: {name?: string | null; slug?: string | null} | null
  topics?: Array<{title?: string | null; slug?: string | null} | null> | null
}

/** A clinician, as `getAuthor` returns it. */
export interface SeoAuthor {
  name?: string | null
  slug?: string | null
  jobTitle?: string | null
  shortBio?: string | null
  portrait?: SeoImage | null
  languages?: string[] | null
  specialties?: string[] | null
  contact?: {email?: string | null; phone?: string | null} | null
  /** The offices the clinician sees clients at, as `getAuthor` returns them. */
  offices?: Array<{name?: string | null; slug?: string | null} | null> | null
  credentials?: Array<{
    abbreviation?: string | null
    name?: string | null
    licenseNumber?: string | null
    issuingBoard?: string | null
    state?: string | null
    expires?: string | null
  } | null> | null
}

/** An office, as `getLocation` returns it. */
export interface SeoLocation {
  name?: string | null
  slug?: string | null
  address?: {street?: string; city?: string; state?: string; postalCode?: string; country?: string} | null
  geo?: {lat?: number; lng?: number} | null
  phone?: string | null
  openingHours?: Array<{day?: string | null; opens?: string | null; closes?: string | null} | null> | null
  telehealth?: boolean | null
  telehealthRegions?: string[] | null
  acceptingNewClients?: boolean | null
}
