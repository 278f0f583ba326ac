import {defineArrayMember, defineType} from 'sanity'

/** A clinician's longer biography: paragraphs, lists, emphasis and links. */
export const bioContent = defineType({
  name: 'bioContent',
  title: 'Biography text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Paragraph', value: 'normal'},
        {title: 'Heading', value: 'h3'},
      ],
      lists: [{title: 'Bullets', value: 'bullet'}],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [defineArrayMember({type: 'link'}), defineArrayMember({type: 'internalLink'})],
      },
    }),
  ],
})
