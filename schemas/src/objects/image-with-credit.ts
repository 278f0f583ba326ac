import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'

/** The shape of an image field's value, as far as the rules below need it. */
interface ImageValue {
  asset?: {_ref?: string}
  alt?: string
  decorative?: boolean
}

/** The picture rule: an image field that was started needs a picture. */
export function pictureChosen(value: ImageValue | undefined): true | string {
  if (value && !value.asset?._ref) return 'Choose or upload a picture, or remove this one.'
  return true
}

/**
 * A picture with alt text, caption and credit: used for hero images, pictures inside an
 * article and portraits. Alt text is required unless the picture is marked decorative,
 * on the field itself, so the rule holds inside Portable Text too (sanity#3427).
 */
export const imageWithCredit = defineType({
  name: 'imageWithCredit',
  title: 'Picture',
  type: 'image',
  icon: ImageIcon,
  options: {hotspot: true},
  // A field of this type that sets its own `validation` replaces this one: add
  // `rule.custom(pictureChosen)` there too (see article.heroImage).
  validation: (rule) => rule.custom(pictureChosen),
  fields: [
    defineField({
      name: 'alt',
      title: 'Alt text',
      type: 'string',
      description:
        'Describe what the picture shows for readers who use a screen reader or cannot load images, e.g. "Two people talking on a park bench".',
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const parent = context.parent as ImageValue | undefined
          if (!parent || parent.decorative) return true
          if (!alt || alt.trim() === '') {
            return 'Add alt text: describe the picture in a few words, or switch on "Decorative only" if it adds nothing to the article.'
          }
          if (alt.length > 250) return 'Keep the alt text under 250 characters; put longer explanations in the caption.'
          return true
        }),
    }),
    defineField({
      name: 'decorative',
      title: 'Decorative only',
      type: 'boolean',
      description:
        'Switch on only if the picture is pure decoration and a reader who cannot see it misses nothing. Screen readers will then skip it.',
      initialValue: false,
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Optional text shown under the picture.',
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'credit',
      description: 'Who took or made this picture. Most free photo sites ask you to credit the photographer.',
    }),
  ],
  preview: {
    select: {title: 'alt', subtitle: 'caption', media: 'asset', decorative: 'decorative'},
    prepare({title, subtitle, media, decorative}) {
      return {
        title: title || (decorative ? 'Decorative picture' : 'Picture without alt text'),
        subtitle,
        media,
      }
    },
  },
})
