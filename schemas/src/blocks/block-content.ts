import {defineArrayMember, defineType} from 'sanity'

/**
 * The body of an article: paragraphs, headings (h2 to h4), quotes, lists, emphasis, links
 * and the custom blocks (picture, callout, pull quote, call to action).
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Article text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Paragraph', value: 'normal'},
        {title: 'Heading', value: 'h2'},
        {title: 'Subheading', value: 'h3'},
        {title: 'Minor heading', value: 'h4'},
        {title: 'Quote', value: 'blockquote'},
      ],
      lists: [
        {title: 'Bullets', value: 'bullet'},
        {title: 'Numbered', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
          {title: 'Code', value: 'code'},
        ],
        annotations: [defineArrayMember({type: 'link'}), defineArrayMember({type: 'internalLink'})],
      },
    }),
    defineArrayMember({type: 'imageWithCredit'}),
    defineArrayMember({type: 'callout'}),
    defineArrayMember({type: 'pullQuote'}),
    defineArrayMember({type: 'callToAction'}),
  ],
})
