import type {EducationalOccupationalCredential, MedicalClinic, PersonLeaf, WithContext} from 'schema-dts'

import {urlFor} from '../../routes/url-for.ts'
import type {SeoAuthor, SeoPractice} from '../inputs.ts'
import {pictureUrl, siteName, siteUrl, type SeoOptions} from '../site.ts'
import {publisher} from './blog-posting.ts'

/**
 * schema.org `Person` for a clinician: `name`, `url` (their page), `jobTitle`,
 * `honorificSuffix` (credential abbreviations, e.g. `LMFT`), `description`, `image`,
 * `email`, `telephone`, `knowsLanguage`, `knowsAbout` (specialties) and `hasCredential`:
 * one `EducationalOccupationalCredential` per credential with `credentialCategory`
 * `license`, `name`, `recognizedBy` (the board, an `Organization`), `validIn` (the state,
 * an `AdministrativeArea`), `identifier` (the license number) and `expires`; `worksFor`
 * (the practice, as the publisher `Organization` of its articles) and `workLocation` (one
 * `MedicalClinic` per office, with the `@id` of that office page's `MedicalClinic`, so the
 * nodes join into one graph). A missing fact is left out: with no license number there is
 * no `identifier`, never a made-up one; with no office, no `workLocation`.
 *
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function personJsonLd(author: SeoAuthor, practice: SeoPractice | null | undefined, options: SeoOptions = {}): WithContext<PersonLeaf> {
  const baseUrl = siteUrl(practice, options, 'personJsonLd')
  const person: WithContext<PersonLeaf> = {'@context': 'https://schema.org', '@type': 'Person'}
  if (author.name) person.name = author.name
  const url = urlFor({_type: 'author', slug: author.slug}, {baseUrl, routes: options.routes})
  if (url) person.url = url
  if (author.jobTitle) person.jobTitle = author.jobTitle
  const credentials = (author.credentials ?? []).filter((credential) => credential !== null && credential !== undefined)
  const suffix = credentials.flatMap((credential) => (credential.abbreviation ? [credential.abbreviation] : []))
  if (suffix.length > 0) person.honorificSuffix = suffix.join(', ')
  if (author.shortBio) person.description = author.shortBio
  const image = pictureUrl(author.portrait, baseUrl, {width: 800})
  if (image) person.image = image
  if (author.contact?.email) person.email = author.contact.email
  if (author.contact?.phone) person.telephone = author.contact.phone
  if (author.languages && author.languages.length > 0) person.knowsLanguage = author.languages
  if (author.specialties && author.specialties.length > 0) person.knowsAbout = author.specialties
  const hasCredential = credentials.map((credential) => {
    const out: EducationalOccupationalCredential = {'@type': 'EducationalOccupationalCredential', credentialCategory: 'license'}
    if (credential.name) out.name = credential.name
    if (credential.licenseNumber) out.identifier = credential.licenseNumber
    if (credential.issuingBoard) out.recognizedBy = {'@type': 'Organization', name: credential.issuingBoard}
    if (credential.state) out.validIn = {'@type': 'AdministrativeArea', name: credential.state}
    if (credential.expires) out.expires = credential.expires
    return out
  })
  if (hasCredential.length > 0) person.hasCredential = hasCredential
  person.worksFor = publisher(practice, baseUrl)
  const name = siteName(practice, baseUrl)
  const workLocation = (author.offices ?? []).flatMap((office): MedicalClinic[] => {
    const officeUrl = office?.name ? urlFor({_type: 'location', slug: office.slug}, {baseUrl, routes: options.routes}) : undefined
    return office?.name && officeUrl ? [{'@type': 'MedicalClinic', '@id': `${officeUrl}#clinic`, name: `${name}, ${office.name}`, url: officeUrl}] : []
  })
  if (workLocation.length > 0) person.workLocation = workLocation
  return person
}
