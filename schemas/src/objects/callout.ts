import {BulbOutlineIcon} from '@sanity/icons/BulbOutline'
import {defineField, defineType} from 'sanity'

/** The tones a callout can take; each renders with its own colour and label. */
export const CALLOUT_TONES = [
  {title: 'Note', value: 'note'},
  {title: 'Tip', value: 'tip'},
  {title: 'Important', value: 'important'},
  {title: 'Gentle warning', value: 'caution'},
] as const

/** A boxed aside inside an article, e.g. a note about insurance or a practical tip. */
export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: BulbOutlineIcon,
  description: 'A boxed note that stands apart from the text, such as a tip or a word about insurance.',
  fields: [
    defineField({
      name: 'tone',
      title: 'Kind of note',
      type: 'string',
      description: 'Sets the colour and the label readers see.',
      options: {list: [...CALLOUT_TONES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'note',
      validation: (rule) => rule.required().error('Choose what kind of note this is.'),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'What the note says. Keep it to a few sentences.',
      validation: (rule) => rule.required().error('Write the text of the note, or remove the callout.'),
    }),
  ],
  preview: {
    select: {title: 'text', tone: 'tone'},
    prepare({title, tone}) {
      const label = CALLOUT_TONES.find((t) => t.value === tone)?.title ?? 'Note'
      return {title: title || 'Empty callout', subtitle: `Callout: ${label}`}
    },
  },
})
