/**
 * GROQ projections shared by the queries. Interpolated into `defineQuery` template
 * literals, which Sanity TypeGen resolves.
 */

/** An image with its asset's URL, size and placeholder, ready for `<img>` and `srcset`. */
export const imageFields = /* groq */ `
  _type,
  alt,
  decorative,
  caption,
  credit,
  hotspot,
  crop,
  "asset": asset->{_id, url, extension, mimeType, "width": metadata.dimensions.width, "height": metadata.dimensions.height, "lqip": metadata.lqip}
`

/** Where an internal link or a call to action points: enough to build its URL. */
export const linkTargetFields = /* groq */ `{_id, _type, "slug": slug.current, "title": coalesce(title, name)}`

/** Portable Text with images resolved and internal links' targets attached. */
export const bodyFields = /* groq */ `
  ...,
  _type == "imageWithCredit" => {${imageFields}},
  _type == "callToAction" => {..., "target": reference->${linkTargetFields}},
  _type == "block" => {
    ...,
    markDefs[]{
      ...,
      _type == "internalLink" => {..., "target": reference->${linkTargetFields}}
    }
  }
`

/** An article as lists, feeds and "related articles" show it. */
export const articleCardFields = /* groq */ `
  _id,
  _type,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  updatedAt,
  canonicalUrl,
  heroImage{${imageFields}},
  "author": author->{_id, name, "slug": slug.current},
  "topics": topics[]->{_id, title, "slug": slug.current}
`

/** A clinician's public profile. */
export const authorFields = /* groq */ `
  _id,
  _type,
  name,
  "slug": slug.current,
  credentials[]{abbreviation, name, licenseNumber, issuingBoard, state, expires},
  jobTitle,
  practisingSince,
  portrait{${imageFields}},
  shortBio,
  bio[]{${bodyFields}},
  specialties,
  languages,
  contact,
  profileLinks[]{label, url},
  "offices": offices[]->{_id, name, "slug": slug.current, "city": address.city}
`

/** A practice office. */
export const locationFields = /* groq */ `
  _id,
  _type,
  name,
  "slug": slug.current,
  address,
  geo,
  phone,
  openingHours[]{day, opens, closes},
  telehealth,
  telehealthRegions,
  accessibilityNotes,
  parkingNotes,
  acceptingNewClients
`
