import {ClockIcon} from '@sanity/icons/Clock'
import {defineField, defineType} from 'sanity'

/** The days of the week, in the spelling schema.org uses for opening hours. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

interface OpeningHoursValue {
  opens?: string
  closes?: string
}

/** One day's hours at an office: "Tuesday, 09:00 to 17:00". */
export const openingHours = defineType({
  name: 'openingHours',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  validation: (rule) =>
    rule.custom((value: OpeningHoursValue | undefined) => {
      if (value?.opens && value.closes && TIME.test(value.opens) && TIME.test(value.closes) && value.opens >= value.closes) {
        return 'The closing time must be later than the opening time.'
      }
      return true
    }),
  fields: [
    defineField({
      name: 'day',
      title: 'Day',
      type: 'string',
      description: 'Add one row per day the office is open.',
      options: {list: [...WEEKDAYS]},
      validation: (rule) => rule.required().error('Choose the day.'),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour time, e.g. "09:00".',
      validation: (rule) =>
        rule.required().regex(TIME, {name: 'time'}).error('Write the time as HH:MM in 24-hour time, e.g. "09:00".'),
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour time, e.g. "17:30".',
      validation: (rule) =>
        rule.required().regex(TIME, {name: 'time'}).error('Write the time as HH:MM in 24-hour time, e.g. "17:30".'),
    }),
  ],
  preview: {
    select: {day: 'day', opens: 'opens', closes: 'closes'},
    prepare({day, opens, closes}) {
      return {title: day ?? 'Day not chosen', subtitle: `${opens ?? '?'} to ${closes ?? '?'}`}
    },
  },
})
