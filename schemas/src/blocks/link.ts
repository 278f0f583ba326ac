import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'

import {contactAddress} from '../lib/links.ts'

/** A link from text to another site, an email address or a phone number. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Web address, email or phone',
      type: 'url',
      description: 'e.g. https://www.bbs.ca.gov, mailto:hello@example.com or tel:+14085550100.',
      validation: (rule) =>
        contactAddress(rule, {
          required:
            'Add where this link goes: a web address starting with https://, an email link (mailto:...) or a phone link (tel:...).',
        }),
    }),
    defineField({
      name: 'openInNewTab',
      title: 'Open in a new tab',
      type: 'boolean',
      description: 'Keeps your page open behind the link. Use sparingly: most readers expect links to open in place.',
      initialValue: false,
    }),
  ],
})
