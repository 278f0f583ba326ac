import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {SHORT_BIO_MAX} from '../lib/limits.ts'
import {slugField} from '../lib/slug-field.ts'

/** A clinician's public profile: who they are, their licenses, where and how to reach them. */
export const author = defineType({
  name: 'author',
  title: 'Clinician',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Your name as clients should see it, without credentials, e.g. "Lia Huynh".',
      validation: (rule) => rule.required().error('Add the clinician’s name.'),
    }),
    slugField({source: 'name', example: 'lia-huynh'}),
    defineField({
      name: 'credentials',
      title: 'Licenses and credentials',
      type: 'array',
      description: 'Each license you hold, e.g. LMFT issued by the California Board of Behavioral Sciences.',
      of: [defineArrayMember({type: 'credential'})],
    }),
    defineField({
      name: 'jobTitle',
      title: 'Job title',
      type: 'string',
      description: 'e.g. "Licensed Marriage and Family Therapist".',
    }),
    defineField({
      name: 'practisingSince',
      title: 'In practice since (year)',
      type: 'number',
      description: 'The year you started seeing clients. Leave empty if you would rather not say.',
      validation: (rule) =>
        rule
          .integer()
          .min(1950)
          .max(new Date().getFullYear())
          .error('Use a four-digit year between 1950 and this year.'),
    }),
    defineField({name: 'portrait', title: 'Portrait', type: 'imageWithCredit', description: 'A friendly photo of you.'}),
    defineField({
      name: 'shortBio',
      title: 'Short bio',
      type: 'text',
      rows: 3,
      description: `Two or three sentences shown under each of your articles, up to ${SHORT_BIO_MAX} characters.`,
      validation: (rule) => [
        rule.required().error('Write a short bio: readers see it under every article.'),
        rule.max(SHORT_BIO_MAX).error(`Keep the short bio to ${SHORT_BIO_MAX} characters or fewer.`),
      ],
    }),
    defineField({
      name: 'bio',
      title: 'Full biography',
      type: 'bioContent',
      description: 'Shown on your profile page: your training, how you work, who you help.',
    }),
    defineField({
      name: 'specialties',
      title: 'Specialties',
      type: 'array',
      description: 'What you help with, one per tag, e.g. "Couples therapy", "Rebuilding trust".',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    defineField({
      name: 'languages',
      title: 'Languages',
      type: 'array',
      description: 'Languages you offer sessions in, e.g. "English".',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    defineField({
      name: 'offices',
      title: 'Offices',
      type: 'array',
      description: 'Where clients can see you in person.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'location'}]})],
      validation: (rule) => rule.unique().error('Each office is listed once.'),
    }),
    defineField({
      name: 'contact',
      title: 'Contact',
      type: 'contact',
      description: 'How new clients reach you. Everything here is shown publicly; leave out what you would rather not share.',
    }),
    defineField({
      name: 'profileLinks',
      title: 'Profiles elsewhere',
      type: 'array',
      description: 'Your listings in therapist directories and social media.',
      of: [defineArrayMember({type: 'linkItem'})],
    }),
  ],
  preview: {
    select: {name: 'name', credential: 'credentials.0.abbreviation', jobTitle: 'jobTitle', media: 'portrait'},
    prepare({name, credential, jobTitle, media}) {
      return {title: [name, credential].filter(Boolean).join(', '), subtitle: jobTitle, media}
    },
  },
})
