import type {LocationBySlugQueryResult} from '@practice-press/sdk'

import {html} from '../lib/html.ts'
import {telHref} from '../lib/tel-href.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'

/** An office as `getLocation` returns one. */
export type FullLocation = NonNullable<LocationBySlugQueryResult>

/**
 * An office: address, hours, map link, telehealth, accessibility and parking notes, whether
 * it accepts new clients. A yes/no the practice has not filled in (`null`) is left out, never
 * read as "no": an empty `acceptingNewClients` says nothing about openings.
 */
export function locationPage(context: LayoutContext, office: FullLocation): PageContent {
  const address = office.address
  const lines = [address?.street, [address?.city, [address?.state, address?.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean)
  const geo = office.geo
  const map = geo?.lat !== undefined && geo?.lng !== undefined ? `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=15/${geo.lat}/${geo.lng}` : undefined
  return {
    ...seoHead(context, {kind: 'location', location: office}),
    title: office.name ?? 'Office',
    description: `${office.name ?? 'Office'}${address?.city ? ` in ${address.city}` : ''}: address, hours, telehealth, accessibility and parking.`,
    canonical: `/locations/${office.slug ?? ''}`,
    section: 'office',
    main: html`<h1>${office.name}</h1>
${office.acceptingNewClients === true ? html`<p><span class="badge">Accepting new clients</span></p>` : office.acceptingNewClients === false ? html`<p><span class="badge">Not accepting new clients at the moment</span></p>` : ''}
<div class="office">
<dl>
<dt>Address</dt>
<dd><address>${lines.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}</address>${map ? html`<a href="${map}" rel="noopener noreferrer">Open in a map</a>` : ''}</dd>
${office.phone ? html`<dt>Phone</dt><dd><a href="tel:${telHref(office.phone)}">${office.phone}</a></dd>` : ''}
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
${office.parkingNotes ? html`<h2>Parking and transit</h2><p class="measure">${office.parkingNotes}</p>` : ''}`,
  }
}
