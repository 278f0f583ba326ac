import {defineField, defineType} from 'sanity'

/** A postal address, as shown to clients and in search results. */
export const address = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  description: 'The street address clients come to.',
  fields: [
    defineField({
      name: 'street',
      title: 'Street',
      type: 'string',
      description: 'Street, number and suite, e.g. "1234 Example Ave, Suite 100".',
      validation: (rule) => rule.required().error('Add the street address.'),
    }),
    defineField({
      name: 'city',
      title: 'City',
      type: 'string',
      description: 'e.g. "San Jose".',
      validation: (rule) => rule.required().error('Add the city.'),
    }),
    defineField({
      name: 'state',
      title: 'State',
      type: 'string',
      description: 'Two-letter state code, e.g. "CA".',
      initialValue: 'CA',
      validation: (rule) =>
        rule
          .required()
          .regex(/^[A-Z]{2}$/, {name: 'state code'})
          .error('Use the two-letter state code in capitals, e.g. "CA".'),
    }),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      description: 'Five digits, e.g. "95112".',
      validation: (rule) =>
        rule
          .required()
          .regex(/^\d{5}(-\d{4})?$/, {name: 'ZIP code'})
          .error('Use a five-digit ZIP code, e.g. "95112".'),
    }),
    defineField({
      name: 'country',
      title: 'Country',
      type: 'string',
      description: 'Two-letter country code; "US" for the United States.',
      initialValue: 'US',
      validation: (rule) =>
        rule
          .required()
          .regex(/^[A-Z]{2}$/, {name: 'country code'})
          .error('Use the two-letter country code in capitals, e.g. "US".'),
    }),
  ],
})
