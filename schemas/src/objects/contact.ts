import {defineField, defineType} from 'sanity'

import {webAddress} from '../lib/links.ts'
import {phoneNumber} from '../lib/phone.ts'

/** How a client reaches a clinician, and how soon they can expect an answer. */
export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  description: 'How new clients reach you. Everything here is shown publicly.',
  fields: [
    defineField({
      name: 'email',
      title: 'Email',
      type: 'string',
      description: 'An address you check for new enquiries.',
      validation: (rule) => rule.email().error('This does not look like an email address; check for typos.'),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description: 'With area code, e.g. "(408) 555-0100".',
      validation: (rule) => phoneNumber(rule),
    }),
    defineField({
      name: 'bookingUrl',
      title: 'Booking page',
      type: 'url',
      description: 'Optional: where clients book a consultation online.',
      validation: (rule) => webAddress(rule),
    }),
    defineField({
      name: 'responsePromise',
      title: 'When you reply',
      type: 'string',
      description: 'A promise shown next to the contact details, e.g. "a personal reply in 24 hours or less".',
    }),
  ],
})
