import {defineField} from 'sanity'

/**
 * The web-address field every page has. Sanity's default check keeps it unique among
 * documents of the same type, drafts included.
 */
export function slugField(options: {source: string; example: string; group?: string}) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    group: options.group,
    description: `The last part of the page's address, e.g. "${options.example}". Press "Generate" to make it from the name, and avoid changing it once published: old links would break.`,
    options: {source: options.source, maxLength: 96},
    validation: (rule) => rule.required().error('Generate a web address for this page (press "Generate").'),
  })
}
