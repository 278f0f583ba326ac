import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {defineField, defineType} from 'sanity'

/** The default crisis notice: United States numbers. */
export const DEFAULT_CRISIS_TEXT =
  'If you are in crisis or thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.'

/** The notice shown at the end of articles that ask for it. */
export const crisisResources = defineType({
  name: 'crisisResources',
  title: 'Crisis notice',
  type: 'object',
  icon: WarningOutlineIcon,
  description: 'Shown at the end of every article that has "Show the crisis notice" switched on.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      initialValue: 'If you need help now',
      description: 'A short heading above the notice.',
      validation: (rule) => rule.required().error('Add a short heading for the crisis notice.'),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      initialValue: DEFAULT_CRISIS_TEXT,
      description: 'Where readers can get help right away. Keep the phone numbers current.',
      validation: (rule) => rule.required().error('Write the crisis notice: readers in distress need a number to call.'),
    }),
  ],
})
