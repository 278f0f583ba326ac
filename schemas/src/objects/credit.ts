import {defineField, defineType} from 'sanity'

import {webAddress} from '../lib/links.ts'

/** Who made a picture and where it came from ("Photo by ... from Unsplash"). */
export const credit = defineType({
  name: 'credit',
  title: 'Credit',
  type: 'object',
  description: 'Who took or made this picture. Most free photo sites ask you to credit the photographer.',
  options: {collapsible: true, collapsed: true},
  fields: [
    defineField({
      name: 'name',
      title: 'Photographer or artist',
      type: 'string',
      description: 'The person to thank, e.g. "Khanh Tran".',
    }),
    defineField({
      name: 'source',
      title: 'Where it came from',
      type: 'string',
      description: 'The site or collection, e.g. "Unsplash". Leave empty for your own pictures.',
    }),
    defineField({
      name: 'url',
      title: 'Link to the original',
      type: 'url',
      description: 'Optional: the page where the picture was published.',
      validation: (rule) => webAddress(rule),
    }),
  ],
})
