import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {articleGroups} from '../lib/groups.ts'
import {EXCERPT_MAX, EXCERPT_MIN, SEO_TITLE_MAX} from '../lib/limits.ts'
import {webAddress} from '../lib/links.ts'
import {slugField} from '../lib/slug-field.ts'
import {pictureChosen} from '../objects/image-with-credit.ts'

interface ArticleValue {
  _id?: string
  publishedAt?: string
  seo?: {title?: string}
}

/** The published id of a document, whether it is given a draft id or not. */
function publishedId(id: string | undefined): string | undefined {
  return id?.replace(/^drafts\./, '')
}

/** An article of the practice's blog. */
export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: articleGroups,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description: 'The headline. Clear beats clever: say what the reader will learn.',
      validation: (rule) => [
        rule.required().error('Give the article a title.'),
        rule.max(120).error('Keep the title under 120 characters.'),
        rule.custom((title: string | undefined, context) => {
          const seoTitle = (context.document as ArticleValue | undefined)?.seo?.title
          if (title && title.length > SEO_TITLE_MAX && !seoTitle) {
            return `This title is longer than ${SEO_TITLE_MAX} characters, so search engines will cut it off. Shorten it, or add a shorter search title in the SEO tab.`
          }
          return true
        }).warning(),
      ],
    }),
    slugField({source: 'title', example: 'rebuilding-trust', group: 'content'}),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: `A summary of one or two sentences (${EXCERPT_MIN} to ${EXCERPT_MAX} characters), shown in article lists, feeds and search results.`,
      validation: (rule) => [
        rule.required().error('Write an excerpt: a sentence or two that tells readers what the article offers.'),
        rule.min(EXCERPT_MIN).warning(`This excerpt is short; aim for at least ${EXCERPT_MIN} characters so it says what the article offers.`),
        rule.max(EXCERPT_MAX).error(`Keep the excerpt to ${EXCERPT_MAX} characters or fewer; it is a summary, not an introduction.`),
      ],
    }),
    defineField({
      name: 'heroImage',
      title: 'Main picture',
      type: 'imageWithCredit',
      group: 'content',
      description: 'Shown at the top of the article and when it is shared.',
      validation: (rule) => [rule.required().error('Add a main picture for the article.'), rule.custom(pictureChosen)],
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      group: 'content',
      description: 'The article itself. Use headings to break it into sections readers can skim.',
      validation: (rule) => rule.required().error('Write the article text.'),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{type: 'author'}],
      group: 'details',
      description: 'Who wrote the article. An article cannot be published without an author.',
      validation: (rule) => rule.required().error('Choose the author: an article cannot be published without one.'),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'details',
      description: 'One to three topics help readers find related articles.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'topic'}]})],
      validation: (rule) => [
        rule.unique().error('Each topic is listed once.'),
        rule.max(3).warning('More than three topics makes each one less useful; pick the closest three.'),
      ],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publication date',
      type: 'datetime',
      group: 'details',
      description: 'When the article goes live. A date in the future schedules it: it stays hidden until then.',
      validation: (rule) => rule.required().error('Set the publication date.'),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last meaningful update',
      type: 'datetime',
      group: 'details',
      description: 'Set this when you revise the content (not for typo fixes). Readers see "Updated on ...".',
      validation: (rule) =>
        rule.custom((updatedAt: string | undefined, context) => {
          const publishedAt = (context.document as ArticleValue | undefined)?.publishedAt
          if (updatedAt && publishedAt && Date.parse(updatedAt) < Date.parse(publishedAt)) {
            return 'The update date cannot be before the publication date.'
          }
          return true
        }),
    }),
    defineField({
      name: 'relatedArticles',
      title: 'Related articles',
      type: 'array',
      group: 'details',
      description: 'Up to three articles to suggest at the end.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'article'}],
          options: {
            filter: ({document}) => ({
              filter: '_id != $id',
              params: {id: publishedId(document._id)},
            }),
          },
        }),
      ],
      validation: (rule) => [
        rule.unique().error('Each related article is listed once.'),
        rule.max(3).error('Suggest at most three related articles.'),
        rule.custom((related: {_ref?: string}[] | undefined, context) => {
          const self = publishedId((context.document as ArticleValue | undefined)?._id)
          return related?.some((item) => item._ref === self) ? 'An article cannot be related to itself.' : true
        }),
      ],
    }),
    defineField({
      name: 'showCrisisNotice',
      title: 'Show the crisis notice',
      type: 'boolean',
      group: 'details',
      description: 'Adds the crisis notice from Practice settings at the end of the article. Leave it on for anything about distress, safety or self-harm.',
      initialValue: true,
    }),
    defineField({
      name: 'seo',
      title: 'Search and sharing',
      type: 'seo',
      group: 'seo',
      description: 'How this article looks in Google results and when someone shares it. Leave empty to use the title and excerpt.',
    }),
    defineField({
      name: 'canonicalUrl',
      title: 'Originally published at',
      type: 'url',
      group: 'syndication',
      description:
        'Only for articles first published on another site: the full address of the original. Search engines then credit that page.',
      validation: (rule) => webAddress(rule),
    }),
  ],
  orderings: [
    {title: 'Newest first', name: 'publishedAtDesc', by: [{field: 'publishedAt', direction: 'desc'}]},
  ],
  preview: {
    select: {title: 'title', author: 'author.name', date: 'publishedAt', media: 'heroImage'},
    prepare({title, author, date, media}) {
      const day = typeof date === 'string' ? date.slice(0, 10) : 'no date yet'
      return {title: title || 'Untitled article', subtitle: `${author ?? 'No author'} · ${day}`, media}
    },
  },
})
