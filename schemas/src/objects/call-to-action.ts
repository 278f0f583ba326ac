import {LaunchIcon} from '@sanity/icons/Launch'
import {defineField, defineType} from 'sanity'

import {contactAddress} from '../lib/links.ts'
import {LINKABLE_TYPES} from '../lib/linkable-types.ts'

interface CallToActionValue {
  url?: string
  reference?: {_ref?: string}
}

/** A button inviting the reader to act: book a consultation, call an office, read on. */
export const callToAction = defineType({
  name: 'callToAction',
  title: 'Call to action',
  type: 'object',
  icon: LaunchIcon,
  description: 'A button that invites the reader to do something, such as book a consultation.',
  validation: (rule) =>
    rule.custom((value: CallToActionValue | undefined) => {
      if (!value) return true
      const hasUrl = Boolean(value.url)
      const hasReference = Boolean(value.reference?._ref)
      if (!hasUrl && !hasReference) return 'Choose where the button leads: a page on this site or a web address.'
      if (hasUrl && hasReference) return 'The button can lead to one place only: clear either the page or the web address.'
      return true
    }),
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'What the button says, e.g. "Book a free 15-minute call".',
      validation: (rule) => [
        rule.required().error('Write the text for the button.'),
        rule.max(60).error('Keep the button text under 60 characters.'),
      ],
    }),
    defineField({
      name: 'reference',
      title: 'Page on this site',
      type: 'reference',
      to: LINKABLE_TYPES,
      description: 'Choose an article, a profile or an office, or use a web address below instead.',
    }),
    defineField({
      name: 'url',
      title: 'Web address, email or phone',
      type: 'url',
      description: 'For places outside this site: https://..., mailto:... or tel:...',
      validation: (rule) => contactAddress(rule),
    }),
  ],
  preview: {
    select: {title: 'label', url: 'url', page: 'reference.title'},
    prepare({title, url, page}) {
      return {title: title || 'Button without text', subtitle: `Call to action → ${page ?? url ?? 'nowhere yet'}`}
    },
  },
})
