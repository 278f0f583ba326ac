import {DocumentsIcon} from '@sanity/icons/Documents'
import {defineField, defineType} from 'sanity'

import {LINKABLE_TYPES} from '../lib/linkable-types.ts'

/** A link from text to another page of this site: an article, a profile or an office. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to a page on this site',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      type: 'reference',
      to: LINKABLE_TYPES,
      description: 'The article, profile or office to link to. The link follows the page if its address changes.',
      validation: (rule) => rule.required().error('Choose the page this link goes to.'),
    }),
  ],
})
