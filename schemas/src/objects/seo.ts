import {defineField, defineType} from 'sanity'

import {SEO_DESCRIPTION_MAX, SEO_TITLE_MAX} from '../lib/limits.ts'

/** How a page shows up in search results and when shared. */
export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  description: 'How this page looks in Google results and when someone shares a link. Leave empty to use the title and excerpt.',
  options: {collapsible: true, collapsed: false},
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: `A shorter title for search results. Search engines cut titles after about ${SEO_TITLE_MAX} characters.`,
      validation: (rule) =>
        rule
          .max(SEO_TITLE_MAX)
          .error(`Keep the search title to ${SEO_TITLE_MAX} characters or fewer, or search engines will cut it off.`),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: `The sentence or two shown under the title in search results, up to ${SEO_DESCRIPTION_MAX} characters.`,
      validation: (rule) =>
        rule
          .max(SEO_DESCRIPTION_MAX)
          .error(`Keep the search description to ${SEO_DESCRIPTION_MAX} characters or fewer, or search engines will cut it off.`),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Switch on to ask search engines not to list this page. Readers with the link can still open it.',
      initialValue: false,
    }),
  ],
})
