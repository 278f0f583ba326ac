import {defineField, defineType} from 'sanity'

/** How the article feeds (RSS, Atom, JSON Feed) describe the practice. */
export const feedSettings = defineType({
  name: 'feedSettings',
  title: 'Feed settings',
  type: 'object',
  description: 'How your articles appear in feed readers and on sites that follow your feed.',
  fields: [
    defineField({
      name: 'title',
      title: 'Feed title',
      type: 'string',
      description: 'Usually the practice name, e.g. "Talk with Lia: articles".',
      validation: (rule) => rule.required().error('Give the feed a title.'),
    }),
    defineField({
      name: 'description',
      title: 'Feed description',
      type: 'text',
      rows: 2,
      description: 'One sentence on what readers will find in the feed.',
      validation: (rule) => rule.max(300).error('Keep the feed description under 300 characters.'),
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language the articles are written in, as a code such as "en-US".',
      initialValue: 'en-US',
      validation: (rule) =>
        rule
          .required()
          .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, {name: 'language code'})
          .error('Use a language code such as "en-US" or "vi".'),
    }),
  ],
})
