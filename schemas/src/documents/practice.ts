import {HomeIcon} from '@sanity/icons/Home'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {webAddress} from '../lib/links.ts'

/** The one id the practice settings document always has. */
export const PRACTICE_ID = 'practice'

/** Practice-wide settings: one document, edited under "Practice settings". */
export const practice = defineType({
  name: 'practice',
  title: 'Practice settings',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Practice name',
      type: 'string',
      description: 'As clients know it, e.g. "Talk with Lia".',
      validation: (rule) => rule.required().error('Add the practice name.'),
    }),
    defineField({
      name: 'baseUrl',
      title: 'Website address',
      type: 'url',
      description: 'The address of the website, e.g. "https://www.example.com". Every link in feeds and search results starts with it.',
      validation: (rule) =>
        webAddress(rule, {required: 'Add the website address, starting with https://; feeds and search results need it.'}),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about the practice, used on the home page and in search results.',
      validation: (rule) => rule.max(300).error('Keep the description under 300 characters.'),
    }),
    defineField({name: 'logo', title: 'Logo', type: 'imageWithCredit', description: 'Optional: the practice logo.'}),
    defineField({
      name: 'crisisResources',
      title: 'Crisis notice',
      type: 'crisisResources',
      description: 'Shown at the end of every article that has "Show the crisis notice" switched on.',
      validation: (rule) => rule.required().error('Keep a crisis notice: articles show it to readers who may need help now.'),
    }),
    defineField({
      name: 'insurancePolicy',
      title: 'Insurance and fees',
      type: 'text',
      rows: 4,
      description: 'How fees and insurance work, e.g. whether you are in or out of network and how clients can ask about reimbursement.',
    }),
    defineField({
      name: 'contactPromise',
      title: 'Contact promise',
      type: 'string',
      description: 'A short promise shown by every contact form, e.g. "a personal reply in 24 hours or less".',
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social links',
      type: 'array',
      description: 'The practice’s pages elsewhere.',
      of: [defineArrayMember({type: 'linkItem'})],
    }),
    defineField({
      name: 'feed',
      title: 'Feeds',
      type: 'feedSettings',
      description: 'How your articles appear in feed readers and on sites that follow your feed.',
    }),
    defineField({
      name: 'sampleContent',
      title: 'This site holds sample content',
      type: 'boolean',
      description:
        'Switch on while the site shows example articles. A banner then says so, and search engines are asked not to index the site.',
      initialValue: false,
    }),
  ],
  preview: {
    select: {title: 'name', subtitle: 'baseUrl'},
  },
})
