import {urlFor, type LocationBySlugQueryResult} from '@practice-press/sdk'

import {html} from '../lib/html.ts'
import {telHref} from '../lib/tel-href.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'

/** One part of an address in its microformats2 class, or nothing when it is not filled in. */
function part(name: string, value: string | undefined) {
  return value ? html`<span class="${name}">${value}</span>` : undefined
}

/** An office as `getLocation` returns one. */
export type FullLocation = NonNullable<LocationBySlugQueryResult>

/**
 * An office: address, hours, map link, telehealth, accessibility and parking notes, whether
 * it accepts new clients. A yes/no the practice has not filled in (`null`) is left out, never
 * read as "no": an empty `acceptingNewClients` says nothing about openings. The office is a
 * microformats2 `h-card` (p-name, p-org, p-adr h-adr with its parts, p-tel, p-latitude,
 * p-longitude, u-url).
 */
export function locationPage(context: LayoutContext, office: FullLocation): PageContent {
  const address = office.address
  // Each part of the address in its h-adr class (microformats2); the text reads "street<br>city, state postcode".
  const regionLine = [part('p-region', address?.state), part('p-postal-code', address?.postalCode)].filter(Boolean)
  const cityLine = [part('p-locality', address?.city), regionLine.length ? html`${regionLine.map((item, index) => html`${index > 0 ? ' ' : ''}${item}`)}` : undefined].filter(Boolean)
  const lines = [part('p-street-address', address?.street), cityLine.length ? html`${cityLine.map((item, index) => html`${index > 0 ? ', ' : ''}${item}`)}` : undefined].filter(Boolean)
  const pageUrl = urlFor({_type: 'location', slug: office.slug}, {baseUrl: context.baseUrl}) ?? ''
  const practiceName = context.site.practice?.name
  const geo = office.geo
  const map = geo?.lat !== undefined && geo?.lng !== undefined ? `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=15/${geo.lat}/${geo.lng}` : undefined
  return {
    ...seoHead(context, {kind: 'location', location: office}),
    title: office.name ?? 'Office',
    description: `${office.name ?? 'Office'}${address?.city ? ` in ${address.city}` : ''}: address, hours, telehealth, accessibility and parking.`,
    canonical: `/locations/${office.slug ?? ''}`,
    section: 'office',
    main: html`<div class="h-card">
<data class="u-url u-uid" value="${pageUrl}"></data>
${practiceName ? html`<data class="p-org" value="${practiceName}"></data>` : ''}
${typeof geo?.lat === 'number' && typeof geo.lng === 'number' ? html`<data class="p-latitude" value="${geo.lat}"></data><data class="p-longitude" value="${geo.lng}"></data>` : ''}
<h1 class="p-name">${office.name}</h1>
${office.acceptingNewClients === true ? html`<p><span class="badge">Accepting new clients</span></p>` : office.acceptingNewClients === false ? html`<p><span class="badge">Not accepting new clients at the moment</span></p>` : ''}
<div class="office">
<dl>
<dt>Address</dt>
<dd><address${lines.length ? html` class="p-adr h-adr"` : ''}>${lines.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}</address>${map ? html`<a href="${map}" rel="noopener noreferrer">Open in a map</a>` : ''}</dd>
${office.phone ? html`<dt>Phone</dt><dd><a class="p-tel" href="tel:${telHref(office.phone)}">${office.phone}</a></dd>` : ''}
${office.telehealth === true
  ? html`<dt>Telehealth</dt><dd>Video sessions available${office.telehealthRegions?.length ? html` for clients in ${office.telehealthRegions.join(', ')}` : ''}.</dd>`
  : office.telehealth === false
    ? html`<dt>Telehealth</dt><dd>In person only.</dd>`
    : ''}
</dl>
</div>
${office.openingHours?.length
  ? html`<h2>Hours</h2><table class="hours"><caption class="visually-hidden">Opening hours</caption><thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead><tbody>${office.openingHours.map(
      (entry) => html`<tr><th scope="row">${entry.day}</th><td>${entry.opens}–${entry.closes}</td></tr>`,
    )}</tbody></table>`
  : ''}
${office.accessibilityNotes ? html`<h2>Accessibility</h2><p class="measure">${office.accessibilityNotes}</p>` : ''}
${office.parkingNotes ? html`<h2>Parking and transit</h2><p class="measure">${office.parkingNotes}</p>` : ''}
</div>`,
  }
}
