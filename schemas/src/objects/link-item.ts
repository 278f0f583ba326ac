import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'

import {webAddress} from '../lib/links.ts'

/** A labelled link to a profile elsewhere: a directory listing, LinkedIn, Instagram. */
export const linkItem = defineType({
  name: 'linkItem',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'What readers see, e.g. "Psychology Today profile" or "Instagram".',
      validation: (rule) => rule.required().error('Add a label for this link.'),
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'The full address, starting with https://',
      validation: (rule) => webAddress(rule, {required: 'Add the full web address, starting with https://'}),
    }),
  ],
  preview: {select: {title: 'label', subtitle: 'url'}},
})
