import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {defineField, defineType} from 'sanity'

/** A sentence lifted from the article and shown large, to catch a skimming reader's eye. */
export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Pull quote',
  type: 'object',
  icon: BlockquoteIcon,
  description: 'A short sentence shown large, to catch the eye of someone skimming.',
  fields: [
    defineField({
      name: 'text',
      title: 'Quote',
      type: 'text',
      rows: 2,
      description: 'One or two sentences, usually repeated from the article itself.',
      validation: (rule) => [
        rule.required().error('Write the quote, or remove the pull quote.'),
        rule.max(280).warning('Pull quotes work best short: under 280 characters.'),
      ],
    }),
    defineField({
      name: 'attribution',
      title: 'Who said it',
      type: 'string',
      description: 'Optional. Leave empty when the quote is from this article.',
    }),
  ],
  preview: {
    select: {title: 'text', subtitle: 'attribution'},
    prepare({title, subtitle}) {
      return {title: title || 'Empty pull quote', subtitle: subtitle ? `Pull quote: ${subtitle}` : 'Pull quote'}
    },
  },
})
