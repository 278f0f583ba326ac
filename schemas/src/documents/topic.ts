import {TagIcon} from '@sanity/icons/Tag'
import {defineField, defineType} from 'sanity'

import {slugField} from '../lib/slug-field.ts'

/** A subject articles are filed under, such as "Couples" or "Anxiety". */
export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      description: 'A short name readers recognise, e.g. "Couples" or "Communication".',
      validation: (rule) => [
        rule.required().error('Give the topic a name.'),
        rule.max(40).error('Keep topic names under 40 characters.'),
      ],
    }),
    slugField({source: 'title', example: 'couples'}),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One or two sentences shown at the top of the topic page.',
      validation: (rule) => rule.max(300).error('Keep the description under 300 characters.'),
    }),
  ],
  preview: {select: {title: 'title', subtitle: 'description'}},
})
