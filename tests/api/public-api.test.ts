/**
 * Every entry of every package exports exactly these run-time names, nothing by accident
 * (as mdast-util-to-hast's first test pins its API): a name added or dropped is a decision
 * made here, in review. Types are not listed (they have no run-time name); each entry's
 * index file lists them, and the README says what each entry is for.
 */
import {readFileSync} from 'node:fs'

import {expect, test} from 'vitest'

import {repoPath} from '../support/shared.ts'

test('@practice-press/sdk: what a site uses: the queries, the content functions, the two sources, the query handler, routes, image URLs, the errors and their guards', async () => {
  expect(Object.keys(await import('@practice-press/sdk')).toSorted()).toEqual([
    'ContentQueryError',
    'DatasetLoadError',
    'OptionError',
    'articleBySlugQuery',
    'articleFeedQuery',
    'articleSearchQuery',
    'articlesPageQuery',
    'authorBySlugQuery',
    'authorsQuery',
    'createDatasetSource',
    'createQueryHandler',
    'createRoutes',
    'createSanitySource',
    'feedQuery',
    'getArticle',
    'getAuthor',
    'getLocation',
    'getPractice',
    'imageUrl',
    'isContentQueryError',
    'isDatasetLoadError',
    'isOptionError',
    'listArticles',
    'listAuthors',
    'listFeedArticles',
    'listLocations',
    'listSitemapEntries',
    'listTopics',
    'locationBySlugQuery',
    'locationsQuery',
    'practiceQuery',
    'searchArticles',
    'sitemapQuery',
    'srcset',
    'topicsQuery',
    'urlFor',
  ])
})

test('@practice-press/sdk/node: what needs Node: reading a dataset from disk, the writable store, importing old posts into it, the Node adapter of the query handler', async () => {
  expect(Object.keys(await import('@practice-press/sdk/node')).toSorted()).toEqual([
    'MAX_IMPORT_FILE_BYTES',
    'StoreError',
    'applyTransaction',
    'articlesToMarkdown',
    'createQueryListener',
    'feedFiles',
    'importArticles',
    'isStoreError',
    'openDataset',
    'openDatasetStore',
    'prepareImageAsset',
    'readExport',
    'toNodeListener',
    'writeExportArchive',
  ])
})

test('@practice-press/sdk/render: the renderers, and what extending them takes', async () => {
  expect(Object.keys(await import('@practice-press/sdk/render')).toSorted()).toEqual([
    'createHastHandlers',
    'createRenderCache',
    'defaultImageUrl',
    'excerpt',
    'parsePortableText',
    'readingTime',
    'renderArticle',
    'renderArticleHtml',
    'resolvedOf',
    'sanitizeSchema',
    'tableOfContents',
    'toHtml',
    'toMarkdown',
    'toMdast',
    'toMdastHandlers',
    'toMdastMarks',
    'toText',
  ])
})

test('@practice-press/sdk/import: the importers, and what extending them takes', async () => {
  expect(Object.keys(await import('@practice-press/sdk/import')).toSorted()).toEqual([
    'countingKeys',
    'defaultExtensions',
    'fromDirectiveHandlers',
    'fromHtml',
    'fromMarkdown',
    'fromMdast',
    'fromMdastHandlers',
    'fromText',
    'normalizePortableText',
    'readFrontMatter',
    'remarkPortableText',
  ])
})

test('@practice-press/sdk/syndication: feeds, sitemap, robots.txt, meta tags, JSON-LD, cross-posts', async () => {
  expect(Object.keys(await import('@practice-press/sdk/syndication')).toSorted()).toEqual([
    'FEED_FILES',
    'SYNDICATION_CONTENT_TYPES',
    'blogPostingJsonLd',
    'breadcrumbListJsonLd',
    'buildFeed',
    'escapeHtml',
    'feedUrl',
    'jsonFeed',
    'jsonLdScript',
    'medicalClinicJsonLd',
    'metaTags',
    'personJsonLd',
    'rfc822',
    'sitemapEntries',
    'sitemapPageUrl',
    'toAtom',
    'toCrossPost',
    'toJsonFeed',
    'toRobotsTxt',
    'toRss',
    'toSitemap',
    'toSitemapPage',
    'webSiteJsonLd',
    'xmlSafe',
  ])
})

test('@practice-press/sdk/dataset: for tools that check a dataset', async () => {
  expect(Object.keys(await import('@practice-press/sdk/dataset')).toSorted()).toEqual([
    'findBrokenReferences',
    'formatProblem',
    'publishedIdOf',
  ])
})

test('@practice-press/sdk/validate: the schema’s rules as the Studio runs them, and the dataset checks', async () => {
  expect(Object.keys(await import('@practice-press/sdk/validate')).toSorted()).toEqual([
    'createDatasetValidationClient',
    'createDocumentExists',
    'pathToString',
    'schemaFindings',
    'validateDataset',
  ])
})

test('@practice-press/schemas: the schema types, for a Studio', async () => {
  expect(Object.keys(await import('@practice-press/schemas')).toSorted()).toEqual([
    'CALLOUT_TONES',
    'DEFAULT_CRISIS_TEXT',
    'PRACTICE_ID',
    'WEEKDAYS',
    'address',
    'article',
    'author',
    'bioContent',
    'blockContent',
    'blockTypes',
    'callToAction',
    'callout',
    'contact',
    'credential',
    'credit',
    'crisisResources',
    'documentTypes',
    'feedSettings',
    'imageWithCredit',
    'internalLink',
    'link',
    'linkItem',
    'location',
    'objectTypes',
    'openingHours',
    'practice',
    'pullQuote',
    'schemaTypes',
    'seo',
    'singletonTypes',
    'topic',
  ])
})

test('@practice-press/cli: the command and the pieces it is made of', async () => {
  expect(Object.keys(await import('@practice-press/cli')).toSorted()).toEqual([
    'COMMANDS',
    'CliError',
    'DatasetOpenError',
    'EXIT_CODES',
    'ListenError',
    'PREVIEW_SECRET_VARIABLE',
    'createApp',
    'exitCodeOf',
    'isCliError',
    'printError',
    'runCli',
    'startServer',
  ])
})

test('@practice-press/cli/app: the delivery app as web-standard handlers, none of which needs Node', async () => {
  expect(Object.keys(await import('@practice-press/cli/app')).toSorted()).toEqual([
    'CONTENT_SECURITY_POLICY',
    'createApp',
    'createHeldBackQueryHandler',
    'withoutScheduled',
  ])
})

test('@practice-press/example-content: the dataset folder', async () => {
  expect(Object.keys(await import('@practice-press/example-content')).toSorted()).toEqual(['datasetPath', 'default'])
})

/** The entries pinned above; a package's new JavaScript entry must join them. */
const PINNED = [
  '@practice-press/sdk',
  '@practice-press/sdk/node',
  '@practice-press/sdk/render',
  '@practice-press/sdk/import',
  '@practice-press/sdk/syndication',
  '@practice-press/sdk/dataset',
  '@practice-press/sdk/validate',
  '@practice-press/schemas',
  '@practice-press/cli',
  '@practice-press/cli/app',
  '@practice-press/example-content',
]

test('every JavaScript entry of every published package is pinned here', () => {
  const entries = ['packages/sdk', 'packages/cli', 'schemas', 'content'].flatMap((dir) => {
    const {name, exports} = JSON.parse(readFileSync(repoPath(dir, 'package.json'), 'utf8')) as {name: string; exports: Record<string, unknown>}
    // Conditions objects are code; a plain path is a file (styles.css, schema.json, package.json).
    return Object.entries(exports)
      .filter(([, target]) => typeof target === 'object')
      .map(([subpath]) => (subpath === '.' ? name : `${name}${subpath.slice(1)}`))
  })
  expect(entries.toSorted()).toEqual(PINNED.toSorted())
})
