import {PinIcon} from '@sanity/icons/Pin'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {slugField} from '../lib/slug-field.ts'
import {phoneNumber} from '../lib/phone.ts'

/**
 * Whether an office takes new clients, for its preview: a yes/no left unset says nothing
 * (never "not accepting").
 */
function acceptingLabel(accepting: boolean | undefined | null): string | null {
  return accepting === true ? 'accepting new clients' : accepting === false ? 'not accepting new clients' : null
}

/**
 * A practice office clients can visit. `telehealth` and `acceptingNewClients` have no initial
 * value: each is yes, no or not filled in, and outputs leave the third out.
 */
export const location = defineType({
  name: 'location',
  title: 'Office',
  type: 'document',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'How clients know this office, e.g. "San Jose office".',
      validation: (rule) => rule.required().error('Give the office a name.'),
    }),
    slugField({source: 'name', example: 'san-jose'}),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      description: 'The street address clients come to. It appears on the office page and in search results.',
    }),
    defineField({
      name: 'geo',
      title: 'Map position',
      type: 'geopoint',
      description: 'Optional: drop a pin so maps and search engines place the office exactly.',
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description: 'The number for this office, with area code, e.g. "(408) 555-0100".',
      validation: (rule) => phoneNumber(rule),
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      description: 'One row per day the office is open. Leave empty if hours are by appointment only.',
      of: [defineArrayMember({type: 'openingHours'})],
    }),
    defineField({
      name: 'telehealth',
      title: 'Offers online sessions',
      type: 'boolean',
      description:
        'Switch on if clients of this office can also meet you by video, off if they cannot. Until you choose, the site says nothing about online sessions.',
    }),
    defineField({
      name: 'telehealthRegions',
      title: 'Online sessions available in',
      type: 'array',
      description: 'Where you may see clients online, usually the states you are licensed in, e.g. "California".',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
      hidden: ({parent}) => !parent?.telehealth,
    }),
    defineField({
      name: 'accessibilityNotes',
      title: 'Accessibility',
      type: 'text',
      rows: 2,
      description: 'e.g. step-free entrance, elevator, accessible restroom.',
    }),
    defineField({
      name: 'parkingNotes',
      title: 'Parking and transit',
      type: 'text',
      rows: 2,
      description: 'Where to park, and the nearest bus or light rail stop.',
    }),
    defineField({
      name: 'acceptingNewClients',
      title: 'Accepting new clients',
      type: 'boolean',
      description:
        'Switch on while this office takes new clients, off when it has no openings. Until you choose, the site says nothing about openings.',
    }),
  ],
  preview: {
    select: {title: 'name', city: 'address.city', state: 'address.state', accepting: 'acceptingNewClients'},
    prepare({title, city, state, accepting}) {
      const place = [city, state].filter(Boolean).join(', ')
      return {
        title,
        subtitle: [place || 'No address yet', acceptingLabel(accepting)]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
