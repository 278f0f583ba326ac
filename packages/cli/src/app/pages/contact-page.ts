import {html} from '../lib/html.ts'
import {withPhoneLinks} from '../lib/phone-links.ts'
import {telHref} from '../lib/tel-href.ts'
import {contactItems, hasContact} from './contact-lines.ts'
import type {LayoutContext, PageContent} from './layout.ts'

/**
 * `/contact`: every way to reach the practice that its data holds, the clinicians' (booking
 * link, phone, email, each with its reply promise) and the offices' (address, phone), with
 * a plain word on privacy: no form, and no clinical details by email or text. The crisis
 * notice, its numbers as `tel:` links. A way of contact not filled in is not listed; with
 * none at all, the page says so instead of inventing one.
 */
export function contactPage(context: LayoutContext): PageContent {
  const {site} = context
  const clinicians = site.authors.filter((author) => hasContact(author.contact))
  const offices = site.locations.filter((office) => office.phone || office.address?.city)
  const crisis = site.practice?.crisisResources
  return {
    title: 'Contact',
    description: `How to reach ${site.practice?.name ?? 'the practice'}: ${[clinicians.length ? 'clinicians' : '', offices.length ? 'offices' : ''].filter(Boolean).join(' and ') || 'ways of contact'}.`,
    canonical: '/contact',
    section: 'contact',
    main: html`<div class="measure">
<h1>Contact</h1>
<p class="lede">To ask about sessions, reach out by one of the ways below.</p>
<aside class="note" aria-labelledby="privacy-note"><p class="callout-label" id="privacy-note">Your privacy</p>
<p>Email and text messages are not private enough for health information. Please do not write what brings you to therapy, or any other clinical details, in an email or a text: a first conversation is the place for that. This site has no contact form and keeps nothing you type.</p></aside>
${clinicians.map(
  (author) => html`<section aria-labelledby="contact-${author.slug ?? author._id}">
<h2 id="contact-${author.slug ?? author._id}"><a href="/authors/${author.slug ?? ''}">${author.name}</a></h2>
<ul class="contact-list">${contactItems(author.contact!)}</ul>
</section>`,
)}
${offices.length
  ? html`<section aria-labelledby="contact-offices"><h2 id="contact-offices">Offices</h2><ul class="contact-list">${offices.map(
      (office) => html`<li><a href="/locations/${office.slug ?? ''}">${office.name}</a>${office.address?.city ? html`, ${office.address.city}` : ''}${
        office.phone ? html`: <a href="tel:${telHref(office.phone)}">${office.phone}</a>` : ''
      }</li>`,
    )}</ul></section>`
  : ''}
${clinicians.length === 0 && !offices.some((office) => office.phone) ? html`<p>No phone number, email address or booking link has been added to this site yet.</p>` : ''}
${crisis?.text
  ? html`<section class="crisis" aria-labelledby="contact-crisis"><h2 id="contact-crisis">${crisis.heading ?? 'If you need help now'}</h2><p>${withPhoneLinks(crisis.text)}</p></section>`
  : ''}
</div>`,
  }
}
