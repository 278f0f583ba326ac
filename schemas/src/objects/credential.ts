import {CertificateIcon} from '../lib/icons.ts'
import {defineField, defineType} from 'sanity'

/**
 * A professional license as data: what it is, who issued it, its number. Outputs (the
 * profile page, JSON-LD) leave out whatever is empty; nothing is ever filled in for you.
 */
export const credential = defineType({
  name: 'credential',
  title: 'License or credential',
  type: 'object',
  icon: CertificateIcon,
  fields: [
    defineField({
      name: 'abbreviation',
      title: 'Abbreviation',
      type: 'string',
      description: 'As it appears after your name, e.g. "LMFT".',
      validation: (rule) => rule.required().error('Add the abbreviation, e.g. "LMFT".'),
    }),
    defineField({
      name: 'name',
      title: 'Full name of the credential',
      type: 'string',
      description: 'e.g. "Licensed Marriage and Family Therapist".',
      validation: (rule) => rule.required().error('Write out the full name of the credential.'),
    }),
    defineField({
      name: 'licenseNumber',
      title: 'License number',
      type: 'string',
      description:
        'As printed on your license. Clients and insurers look this up, so copy it exactly. Leave empty until you have it at hand: it is then left out everywhere.',
      validation: (rule) =>
        rule.required().warning('Add your license number, so clients can look up your license with the board.'),
    }),
    defineField({
      name: 'issuingBoard',
      title: 'Issued by',
      type: 'string',
      description: 'The licensing board, e.g. "California Board of Behavioral Sciences".',
      validation: (rule) => rule.required().error('Add the board that issued the license.'),
    }),
    defineField({
      name: 'state',
      title: 'State',
      type: 'string',
      description: 'Two-letter code of the state where the license is valid, e.g. "CA".',
      validation: (rule) =>
        rule.regex(/^[A-Z]{2}$/, {name: 'state code'}).error('Use the two-letter state code in capitals, e.g. "CA".'),
    }),
    defineField({
      name: 'expires',
      title: 'Valid until',
      type: 'date',
      description: 'Optional: the expiry date printed on the license, so we can remind you to renew.',
    }),
  ],
  preview: {
    select: {abbreviation: 'abbreviation', state: 'state', licenseNumber: 'licenseNumber', board: 'issuingBoard'},
    prepare({abbreviation, state, licenseNumber, board}) {
      const title = [abbreviation, state].filter(Boolean).join(', ')
      return {title: title || 'Credential', subtitle: licenseNumber ? `License ${licenseNumber}` : board}
    },
  },
})
