import type {AuthorsQueryResult} from '@practice-press/sdk'

import {html, type SafeHtml} from '../lib/html.ts'
import {telHref} from '../lib/tel-href.ts'

/** A clinician's ways of contact, as the author query gives them. */
export type Contact = NonNullable<AuthorsQueryResult[number]['contact']>

/** True when the clinician has filled in at least one way to reach her. */
export function hasContact(contact: Contact | null | undefined): contact is Contact {
  return Boolean(contact?.email || contact?.phone || contact?.bookingUrl)
}

/**
 * A clinician's ways of contact as list items: booking link, phone (`tel:`), email
 * (`mailto:`), each only when filled in. Her reply promise is about writing or calling
 * her, so it is shown only beside an email address or phone number, never on its own.
 * `hCard`: mark the phone and email as the enclosing microformats2 h-card's.
 */
export function contactItems(contact: Contact, options: {hCard?: boolean} = {}): SafeHtml {
  // Inside an h-card (her profile) the phone and email are its p-tel and u-email.
  const tel = options.hCard ? html` class="p-tel"` : ''
  const email = options.hCard ? html` class="u-email"` : ''
  const promise = (contact.email || contact.phone) && contact.responsePromise ? contact.responsePromise : undefined
  return html`${contact.bookingUrl ? html`<li><a href="${contact.bookingUrl}" rel="noopener noreferrer">Book a consultation</a></li>` : ''}
${contact.phone ? html`<li>Phone: <a${tel} href="tel:${telHref(contact.phone)}">${contact.phone}</a></li>` : ''}
${contact.email ? html`<li>Email: <a${email} href="mailto:${contact.email}">${contact.email}</a></li>` : ''}
${promise ? html`<li>${promise.charAt(0).toUpperCase()}${promise.slice(1)}.</li>` : ''}`
}
