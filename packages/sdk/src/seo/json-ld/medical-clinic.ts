import type {MedicalClinicLeaf, OpeningHoursSpecification, PostalAddress, WithContext} from 'schema-dts'

import {urlFor} from '../../routes/url-for.ts'
import type {SeoLocation, SeoPractice} from '../inputs.ts'
import {siteName, siteUrl, type SeoOptions} from '../site.ts'
import {publisher} from './blog-posting.ts'

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/**
 * schema.org `MedicalClinic` for one office. `MedicalClinic` is a `MedicalBusiness` and
 * also a `MedicalOrganization`: only through the latter does it have
 * `isAcceptingNewPatients` and `availableService`, which a therapy office needs (a plain
 * `MedicalBusiness` has neither). Holds `name` (`{practice}, {office}`), `url` (the
 * office's page), `telephone`, `address` (`PostalAddress`), `geo` (`GeoCoordinates`),
 * `openingHoursSpecification` (one per day, `opens`/`closes` as `HH:MM`),
 * `isAcceptingNewPatients`, telehealth as an `availableService` (`MedicalTherapy`, with
 * the regions it serves), and `parentOrganization` (the practice). Missing facts are left out.
 *
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function medicalClinicJsonLd(location: SeoLocation, practice: SeoPractice | null | undefined, options: SeoOptions = {}): WithContext<MedicalClinicLeaf> {
  const baseUrl = siteUrl(practice, options, 'medicalClinicJsonLd')
  const name = siteName(practice, baseUrl)
  const url = urlFor({_type: 'location', slug: location.slug}, {baseUrl, routes: options.routes})
  const clinic: WithContext<MedicalClinicLeaf> = {'@context': 'https://schema.org', '@type': 'MedicalClinic', ...(url ? {'@id': `${url}#clinic`} : {})}
  clinic.name = location.name ? `${name}, ${location.name}` : name
  if (url) clinic.url = url
  if (location.phone) clinic.telephone = location.phone
  const address = postalAddress(location.address)
  if (address) clinic.address = address
  const {lat, lng} = location.geo ?? {}
  if (typeof lat === 'number' && typeof lng === 'number') clinic.geo = {'@type': 'GeoCoordinates', latitude: lat, longitude: lng}
  const hours = (location.openingHours ?? []).flatMap((entry): OpeningHoursSpecification[] => {
    const day = DAYS.find((candidate) => candidate === entry?.day)
    return day && entry?.opens && entry.closes ? [{'@type': 'OpeningHoursSpecification', dayOfWeek: day, opens: entry.opens, closes: entry.closes}] : []
  })
  if (hours.length > 0) clinic.openingHoursSpecification = hours
  if (typeof location.acceptingNewClients === 'boolean') clinic.isAcceptingNewPatients = location.acceptingNewClients
  if (location.telehealth === true) {
    const regions = (location.telehealthRegions ?? []).filter(Boolean)
    clinic.availableService = {
      '@type': 'MedicalTherapy',
      name: 'Telehealth sessions (video)',
      ...(regions.length > 0 ? {description: `Sessions by video for clients in ${regions.join(', ')}.`} : {}),
    }
  }
  clinic.parentOrganization = publisher(practice, baseUrl)
  return clinic
}

function postalAddress(address: SeoLocation['address']): PostalAddress | undefined {
  if (!address) return undefined
  const out: PostalAddress = {'@type': 'PostalAddress'}
  if (address.street) out.streetAddress = address.street
  if (address.city) out.addressLocality = address.city
  if (address.state) out.addressRegion = address.state
  if (address.postalCode) out.postalCode = address.postalCode
  if (address.country) out.addressCountry = address.country
  return Object.keys(out).length > 1 ? out : undefined
}
