/**
 * Errors in one dialect: a bad argument or option given to any public SDK function is an
 * `OptionError` (a `TypeError`), thrown at the call, with `code`, `fn` and `option`, and a
 * message of one shape: `<fn>: <option> must <what it must be>; got <what was given>.`
 */
import {
  ContentQueryError,
  createDatasetSource,
  createQueryHandler,
  createRoutes,
  createSanitySource,
  DatasetLoadError,
  getArticle,
  imageUrl,
  isOptionError,
  listArticles,
  listTopics,
  OptionError,
  srcset,
  urlFor,
} from '@practice-press/sdk'
import {countingKeys, fromMarkdown, fromText, normalizePortableText, remarkPortableText} from '@practice-press/sdk/import'
import {createQueryListener, openDataset, readExport} from '@practice-press/sdk/node'
import {toHtml, toMarkdown} from '@practice-press/sdk/render'
import {
  breadcrumbListJsonLd,
  buildFeed,
  escapeHtml,
  feedUrl,
  jsonFeed,
  jsonLdScript,
  metaTags,
  rfc822,
  sitemapEntries,
  sitemapPageUrl,
  toAtom,
  toCrossPost,
  toJsonFeed,
  toRss,
  toSitemap,
  toSitemapPage,
  xmlSafe,
} from '@practice-press/sdk/syndication'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'

/** The one shape every option error's message has. */
const SHAPE = /^(?<fn>[\w.]+): (?<option>\S+) must (?<must>[^;]+); got (?<got>.+)\.$/s

const source = createDatasetSource([{_id: 'practice', _type: 'practice', name: 'Talk with Lia'}])
const image = {asset: {_id: 'image-0123456789abcdef0123456789abcdef01234567-1600x900-jpg'}}

/** A remark plugin that throws. */
const remarkBoom = () => () => {
  throw new Error('boom')
}

/** A remark plugin whose transformer is async. */
const remarkLater = () => async () => {}

/** What a call threw, or the reason its promise was rejected. */
async function caught(call: () => unknown): Promise<unknown> {
  try {
    await call()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}

/** One public function per area, each given one bad argument or option. */
const cases: {area: string; call: () => unknown; fn: string; option: string; message: string}[] = [
  {
    area: 'server (security)',
    call: () => createQueryHandler(source, {previewToken: 5 as never}),
    fn: 'createQueryHandler',
    option: 'options.previewToken',
    message:
      'createQueryHandler: options.previewToken must be a secret string of at least 16 characters (e.g. from "openssl rand -hex 16"), or undefined for no preview; got 5.',
  },
  {
    area: 'server (security)',
    call: () => createQueryHandler(source, {previewToken: ''}),
    fn: 'createQueryHandler',
    option: 'options.previewToken',
    message:
      'createQueryHandler: options.previewToken must be a secret string of at least 16 characters (e.g. from "openssl rand -hex 16"), or undefined for no preview; got a string of 0 characters.',
  },
  {
    area: 'server (security)',
    call: () => createQueryListener(source, {previewToken: 'hunter2'}),
    fn: 'createQueryListener',
    option: 'options.previewToken',
    message:
      'createQueryListener: options.previewToken must be a secret string of at least 16 characters (e.g. from "openssl rand -hex 16"), or undefined for no preview; got a string of 7 characters.',
  },
  {
    area: 'render',
    call: () => toHtml([], {baseUrl: 42 as never}),
    fn: 'toHtml',
    option: 'options.baseUrl',
    message: 'toHtml: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got 42.',
  },
  {
    area: 'render',
    call: () => toHtml([], {baseUrl: 'relative'}),
    fn: 'toHtml',
    option: 'options.baseUrl',
    message: 'toHtml: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got "relative".',
  },
  {
    area: 'render',
    call: () => toMarkdown([], {baseUrl: 'javascript:alert(1)//'}),
    fn: 'toMarkdown',
    option: 'options.baseUrl',
    message: 'toMarkdown: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got "javascript:alert(1)//".',
  },
  {
    area: 'render (plugins)',
    call: () => toHtml([], {remarkPlugins: 'remark-gfm' as never, unified}),
    fn: 'toHtml',
    option: 'options.remarkPlugins',
    message: 'toHtml: options.remarkPlugins must be a PluggableList: an array of plugins, [plugin, options] pairs and presets; got "remark-gfm".',
  },
  {
    area: 'render (plugins)',
    call: () => toHtml([], {remarkPlugins: (() => () => {}) as never, unified}),
    fn: 'toHtml',
    option: 'options.remarkPlugins',
    message: 'toHtml: options.remarkPlugins must be a PluggableList: an array of plugins, [plugin, options] pairs and presets; got a function.',
  },
  {
    area: 'render (plugins)',
    call: () => toHtml([], {rehypePlugins: null as never}),
    fn: 'toHtml',
    option: 'options.rehypePlugins',
    message: 'toHtml: options.rehypePlugins must be a PluggableList: an array of plugins, [plugin, options] pairs and presets; got null.',
  },
  {
    area: 'render (plugins)',
    call: () => toHtml([], {remarkPlugins: null as never}),
    fn: 'toHtml',
    option: 'options.remarkPlugins',
    message: 'toHtml: options.remarkPlugins must be a PluggableList: an array of plugins, [plugin, options] pairs and presets; got null.',
  },
  {
    area: 'render',
    call: () => toHtml([], {eagerImages: -1}),
    fn: 'toHtml',
    option: 'options.eagerImages',
    message: 'toHtml: options.eagerImages must be a whole number from 0 (how many pictures load eagerly); got -1.',
  },
  {
    area: 'render',
    call: () => toHtml([], {eagerImages: '2' as never}),
    fn: 'toHtml',
    option: 'options.eagerImages',
    message: 'toHtml: options.eagerImages must be a whole number from 0 (how many pictures load eagerly); got "2".',
  },
  {
    area: 'render',
    call: () => toHtml([], {fullToHast: 5 as never}),
    fn: 'toHtml',
    option: 'options.fullToHast',
    message: "toHtml: options.fullToHast must be mdast-util-to-hast's toHast function; got 5.",
  },
  {
    area: 'render',
    call: () => toHtml([], {hastHandlers: 5 as never}),
    fn: 'toHtml',
    option: 'options.hastHandlers',
    message: 'toHtml: options.hastHandlers must be an object of functions keyed by type; got 5.',
  },
  {
    area: 'render',
    call: () => toHtml([], {routes: 5 as never}),
    fn: 'toHtml',
    option: 'options.routes',
    message: 'toHtml: options.routes must be a function (doc) => path, as createRoutes({...}) makes; got 5.',
  },
  {
    area: 'render (extensions)',
    call: () => toMarkdown([], {extensions: 'faq' as never}),
    fn: 'toMarkdown',
    option: 'options.extensions',
    message: 'toMarkdown: options.extensions must be an array of block extensions; got "faq".',
  },
  {
    area: 'import',
    call: () => fromText('x', {siteName: 3 as never}),
    fn: 'fromText',
    option: 'options.siteName',
    message: 'fromText: options.siteName must be a string or an array of strings; got 3.',
  },
  {
    area: 'import',
    call: () => fromMarkdown('x', {generateKey: 'abc' as never}),
    fn: 'fromMarkdown',
    option: 'options.generateKey',
    message: 'fromMarkdown: options.generateKey must be a function returning a new key; got "abc".',
  },
  {
    area: 'import',
    call: () => countingKeys('x' as never),
    fn: 'countingKeys',
    option: 'start',
    message: 'countingKeys: start must be a whole number from 0; got "x".',
  },
  {
    area: 'import',
    call: () => countingKeys(-1),
    fn: 'countingKeys',
    option: 'start',
    message: 'countingKeys: start must be a whole number from 0; got -1.',
  },
  {
    area: 'import',
    call: () => normalizePortableText(5 as never),
    fn: 'normalizePortableText',
    option: 'blocks',
    message: 'normalizePortableText: blocks must be an array of Portable Text blocks; got 5.',
  },
  {
    area: 'import',
    call: () => unified().use(remarkPortableText, 5 as never).freeze(),
    fn: 'remarkPortableText',
    option: 'options',
    message: 'remarkPortableText: options must be an object of import options; got 5.',
  },
  {
    area: 'import',
    call: () => (remarkPortableText as (options: unknown) => void)(5),
    fn: 'remarkPortableText',
    option: 'this',
    message: 'remarkPortableText: this must be a unified processor: use it as unified().use(remarkPortableText, options); got undefined.',
  },
  {
    area: 'syndication',
    call: () => toCrossPost({title: 'T', slug: 't'}, {name: 'P', baseUrl: 'https://www.example.com'}, {onWarning: 5 as never}),
    fn: 'toCrossPost',
    option: 'options.onWarning',
    message: 'toCrossPost: options.onWarning must be a function or false; got 5.',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource({} as never),
    fn: 'createDatasetSource',
    option: 'documents',
    message: 'createDatasetSource: documents must be an array of documents; got an object.',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource([{_id: 'a', _type: 'topic'}, {_id: 'b'}] as never),
    fn: 'createDatasetSource',
    option: 'documents[1]._type',
    message: 'createDatasetSource: documents[1]._type must be a non-empty string: every document needs an _id and a _type; got undefined.',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource([], {assetBaseUrl: 5 as never}),
    fn: 'createDatasetSource',
    option: 'options.assetBaseUrl',
    message: 'createDatasetSource: options.assetBaseUrl must be where the image server answers, a path such as "/images" or an address; got 5.',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource([], {now: 'yesterday' as never}),
    fn: 'createDatasetSource',
    option: 'options.now',
    message: 'createDatasetSource: options.now must be a function () => Date (the clock for now() in queries); got "yesterday".',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource([], {indexes: 'x' as never}),
    fn: 'createDatasetSource',
    option: 'options.indexes',
    message: 'createDatasetSource: options.indexes must be true or false; got "x".',
  },
  {
    area: 'sources (dataset)',
    call: () => createDatasetSource([], {onTrace: 1 as never}),
    fn: 'createDatasetSource',
    option: 'options.onTrace',
    message: 'createDatasetSource: options.onTrace must be a function (trace) => void; got 1.',
  },
  {
    area: 'sources (Node)',
    call: () => readExport('content', {assetBaseUrl: 5 as never}),
    fn: 'readExport',
    option: 'options.assetBaseUrl',
    message: 'readExport: options.assetBaseUrl must be where the image server answers, a path such as "/images" or an address; got 5.',
  },
  {
    area: 'sources (Sanity)',
    call: () => createSanitySource({} as never),
    fn: 'createSanitySource',
    option: 'options.projectId',
    message: 'createSanitySource: options.projectId must be the project id, a non-empty string such as "abc123"; got undefined.',
  },
  {
    area: 'sources (Node)',
    call: () => openDataset('content', {onInvalid: 'loud' as never}),
    fn: 'openDataset',
    option: 'options.onInvalid',
    message: 'openDataset: options.onInvalid must be "throw" or "warn"; got "loud".',
  },
  {
    area: 'sources (Node)',
    call: () => readExport(42 as never),
    fn: 'readExport',
    option: 'path',
    message:
      'readExport: path must be the path of an export folder holding data.ndjson (as "sanity dataset export" writes it), a .ndjson file, or an export .tar.gz; got 42.',
  },
  {
    area: 'content',
    call: () => getArticle(source, {} as never),
    fn: 'getArticle',
    option: 'params.slug',
    message: 'getArticle: params.slug must be the article’s slug as a string; got undefined.',
  },
  {
    area: 'content',
    call: () => listArticles(source, {limit: 0}),
    fn: 'listArticles',
    option: 'params.limit',
    message: 'listArticles: params.limit must be a whole number from 1 to 100; got 0.',
  },
  {
    area: 'content',
    call: () => listArticles(source, {cursor: 'page-2'}),
    fn: 'listArticles',
    option: 'params.cursor',
    message: 'listArticles: params.cursor must be the nextCursor of a previous page, or nothing for the first page; got "page-2".',
  },
  {
    area: 'content',
    call: () => listTopics(source, {perspective: 'drafts'} as never),
    fn: 'listTopics',
    option: 'params.perspective',
    message:
      'listTopics: params.perspective must not be given (listTopics takes now): perspective is a fetch option, passed third as in listTopics(source, {}, {perspective: ...}); got "drafts".',
  },
  {
    area: 'content',
    call: () => listTopics(source, {now: 'yesterday'}),
    fn: 'listTopics',
    option: 'params.now',
    message: 'listTopics: params.now must be a Date or a date-time string such as "2025-03-01T09:00:00Z"; got "yesterday".',
  },
  {
    area: 'content',
    call: () => getArticle(null as never, {slug: 'a'}),
    fn: 'getArticle',
    option: 'source',
    message: 'getArticle: source must be a ContentSource from createDatasetSource or createSanitySource; got null.',
  },
  {
    area: 'content',
    call: () => getArticle({} as never, {slug: 'a'}),
    fn: 'getArticle',
    option: 'source',
    message: 'getArticle: source must be a ContentSource from createDatasetSource or createSanitySource; got an object.',
  },
  {
    area: 'sources',
    call: () => source.fetch('*', {}, {signal: 1 as never}),
    fn: 'source.fetch',
    option: 'options.signal',
    message: 'source.fetch: options.signal must be an AbortSignal (from an AbortController); got 1.',
  },
  {
    area: 'images',
    call: () => imageUrl(null as never, image),
    fn: 'imageUrl',
    option: 'source',
    message: 'imageUrl: source must be a ContentSource from createDatasetSource or createSanitySource (or its images); got null.',
  },
  {
    area: 'images',
    call: () => srcset(source, image, {widths: [0]}),
    fn: 'srcset',
    option: 'options.widths[0]',
    message: 'srcset: options.widths[0] must be a whole number of pixels from 1; got 0.',
  },
  {
    area: 'images',
    call: () => srcset(source, image, {widths: 'x' as never}),
    fn: 'srcset',
    option: 'options.widths',
    message: 'srcset: options.widths must be an array of widths in pixels; got "x".',
  },
  {
    area: 'images',
    call: () => imageUrl(source, image, {fit: 'bogus' as never}),
    fn: 'imageUrl',
    option: 'options.fit',
    message: 'imageUrl: options.fit must be one of clip, crop, fill, fillmax, max, scale, min; got "bogus".',
  },
  {
    area: 'routes',
    call: () => urlFor({_type: 'article', slug: 'a'}, {baseUrl: 5 as never}),
    fn: 'urlFor',
    option: 'options.baseUrl',
    message: 'urlFor: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got 5.',
  },
  {
    area: 'routes',
    call: () => urlFor({_type: 'article', slug: 'a'}, {baseUrl: 'ftp://x'}),
    fn: 'urlFor',
    option: 'options.baseUrl',
    message: 'urlFor: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got "ftp://x".',
  },
  {
    area: 'routes',
    call: () => feedUrl('rss', {}, {baseUrl: 5 as never}),
    fn: 'feedUrl',
    option: 'options.baseUrl',
    message: 'feedUrl: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got 5.',
  },
  {
    area: 'routes',
    call: () => sitemapPageUrl(-1),
    fn: 'sitemapPageUrl',
    option: 'n',
    message: 'sitemapPageUrl: n must be a whole number from 1 (the first page); got -1.',
  },
  {
    area: 'routes',
    call: () => createRoutes(null as never),
    fn: 'createRoutes',
    option: 'map',
    message: "createRoutes: map must be an object of routes by _type, e.g. {article: '/blog/{slug}'}; got null.",
  },
  {
    area: 'syndication',
    call: () => buildFeed(source),
    fn: 'buildFeed',
    option: 'options.baseUrl',
    message:
      'buildFeed: options.baseUrl must be an absolute http(s) address such as "https://www.example.com" when the practice\'s baseUrl is not one; got undefined, and the practice has none.',
  },
  {
    area: 'syndication',
    call: () => buildFeed(null as never, {baseUrl: 'https://www.example.com'}),
    fn: 'buildFeed',
    option: 'source',
    message: 'buildFeed: source must be a ContentSource from createDatasetSource or createSanitySource; got null.',
  },
  {
    area: 'SEO',
    call: () => metaTags({title: 'T', slug: 't'}, {name: 'P', baseUrl: 'www.example.com'}),
    fn: 'metaTags',
    option: 'options.baseUrl',
    message:
      'metaTags: options.baseUrl must be an absolute http(s) address such as "https://www.example.com" when the practice\'s baseUrl is not one; got undefined, and the practice\'s is "www.example.com".',
  },
  {
    area: 'server',
    call: () => createQueryHandler(5 as never),
    fn: 'createQueryHandler',
    option: 'source',
    message: 'createQueryHandler: source must be a ContentSource from createDatasetSource or createSanitySource; got 5.',
  },
  {
    area: 'server',
    call: () => createQueryHandler({} as never, {}),
    fn: 'createQueryHandler',
    option: 'source',
    message: 'createQueryHandler: source must be a ContentSource from createDatasetSource or createSanitySource; got an object.',
  },
  {
    area: 'server',
    call: () => createQueryHandler(source, null as never),
    fn: 'createQueryHandler',
    option: 'options',
    message: 'createQueryHandler: options must be an object or undefined; got null.',
  },
  {
    area: 'routes',
    call: () => urlFor({_type: 'article', slug: 'a'}, null as never),
    fn: 'urlFor',
    option: 'options',
    message: 'urlFor: options must be an object or undefined; got null.',
  },
  {
    area: 'syndication (feeds)',
    call: () => toRss(null as never),
    fn: 'toRss',
    option: 'feed',
    message: 'toRss: feed must be a Feed from buildFeed; got null.',
  },
  {
    area: 'syndication (feeds)',
    call: () => toRss({} as never),
    fn: 'toRss',
    option: 'feed.items',
    message: 'toRss: feed.items must be an array of feed items, as a Feed from buildFeed has; got undefined.',
  },
  {
    area: 'syndication (feeds)',
    call: () => toRss({items: [], title: 'T', description: '', language: 'en', copyright: '©'} as never),
    fn: 'toRss',
    option: 'feed.links',
    message: "toRss: feed.links must be the feed's URLs {home, rss, atom, json, hubs}, as a Feed from buildFeed has; got undefined.",
  },
  {
    area: 'syndication (feeds)',
    call: () => toAtom(5 as never),
    fn: 'toAtom',
    option: 'feed',
    message: 'toAtom: feed must be a Feed from buildFeed; got 5.',
  },
  {
    area: 'syndication (feeds)',
    call: () => toAtom({items: [], title: 'T', description: '', language: 'en', copyright: '©', links: {home: '/', rss: '/r', atom: '/a', json: '/j', hubs: []}} as never),
    fn: 'toAtom',
    option: 'feed.publisher',
    message: 'toAtom: feed.publisher must be the practice {name, url}, as a Feed from buildFeed has; got undefined.',
  },
  {
    area: 'syndication (feeds)',
    call: () => toJsonFeed(null as never),
    fn: 'toJsonFeed',
    option: 'feed',
    message: 'toJsonFeed: feed must be a Feed from buildFeed; got null.',
  },
  {
    area: 'syndication (feeds)',
    call: () => jsonFeed({items: [], title: 5} as never),
    fn: 'jsonFeed',
    option: 'feed.title',
    message: 'jsonFeed: feed.title must be a string, as a Feed from buildFeed has; got 5.',
  },
  {
    area: 'syndication (sitemap)',
    call: () => toSitemap(5 as never, {baseUrl: 'https://www.example.com'}),
    fn: 'toSitemap',
    option: 'entries',
    message: 'toSitemap: entries must be an array of pages, each a SitemapEntry from sitemapEntries; got 5.',
  },
  {
    area: 'syndication (sitemap)',
    call: () => toSitemapPage(null as never, 1, {baseUrl: 'https://www.example.com'}),
    fn: 'toSitemapPage',
    option: 'entries',
    message: 'toSitemapPage: entries must be an array of pages, each a SitemapEntry from sitemapEntries; got null.',
  },
  {
    area: 'syndication (sitemap)',
    call: () => toSitemap([{loc: 'https://www.example.com/'}, {}] as never, {baseUrl: 'https://www.example.com'}),
    fn: 'toSitemap',
    option: 'entries[1].loc',
    message: "toSitemap: entries[1].loc must be the page's absolute URL, as in a SitemapEntry from sitemapEntries; got undefined.",
  },
  {
    area: 'syndication (sitemap)',
    call: () => sitemapEntries(null as never, {baseUrl: 'https://www.example.com'}),
    fn: 'sitemapEntries',
    option: 'result',
    message: 'sitemapEntries: result must be what listSitemapEntries(source) returns: {articles, topics, authors, locations}; got null.',
  },
  {
    area: 'syndication (sitemap)',
    call: () => sitemapEntries({articles: []} as never, {baseUrl: 'https://www.example.com'}),
    fn: 'sitemapEntries',
    option: 'result.topics',
    message: 'sitemapEntries: result.topics must be an array, as listSitemapEntries(source) returns it; got undefined.',
  },
  {
    area: 'SEO',
    call: () => jsonLdScript(undefined as never),
    fn: 'jsonLdScript',
    option: 'data',
    message: 'jsonLdScript: data must be a JSON-LD object (or an array of them), such as blogPostingJsonLd(...) returns; got undefined.',
  },
  {
    area: 'SEO',
    call: () => breadcrumbListJsonLd(5 as never),
    fn: 'breadcrumbListJsonLd',
    option: 'trail',
    message: 'breadcrumbListJsonLd: trail must be an array of crumbs {name, url}, home first; got 5.',
  },
  {
    area: 'SEO',
    call: () => breadcrumbListJsonLd([{name: 'Home', url: 'https://www.example.com/'}, null] as never),
    fn: 'breadcrumbListJsonLd',
    option: 'trail[1]',
    message: 'breadcrumbListJsonLd: trail[1] must be a crumb {name, url}, both strings; got null.',
  },
  {
    area: 'SEO',
    call: () => escapeHtml(5 as never),
    fn: 'escapeHtml',
    option: 'value',
    message: 'escapeHtml: value must be a string; got 5.',
  },
  {
    area: 'syndication',
    call: () => xmlSafe(5 as never),
    fn: 'xmlSafe',
    option: 'value',
    message: 'xmlSafe: value must be a string; got 5.',
  },
  {
    area: 'syndication',
    call: () => rfc822('x'),
    fn: 'rfc822',
    option: 'iso',
    message: 'rfc822: iso must be an RFC 3339 date-time such as "2025-02-11T17:00:00Z"; got "x".',
  },
  {
    area: 'syndication',
    call: () => rfc822(5 as never),
    fn: 'rfc822',
    option: 'iso',
    message: 'rfc822: iso must be an RFC 3339 date-time such as "2025-02-11T17:00:00Z"; got 5.',
  },
]

describe('a bad argument or option is an OptionError, in every area', () => {
  test.each(cases)('$area: $fn, $option', async ({call, fn, option, message}) => {
    const error = await caught(call)
    expect(error).toBeInstanceOf(OptionError)
    expect(error).toBeInstanceOf(TypeError)
    expect(isOptionError(error)).toBe(true)
    expect(error).toMatchObject({name: 'OptionError', code: 'ERR_PRACTICE_PRESS_OPTION', fn, option, message})
    expect((error as Error).message.match(SHAPE)?.groups).toMatchObject({fn, option})
  })

  test('a plugin’s own error is not an option error: it stays wrapped as it was, naming the plugin', async () => {
    const error = await caught(() => fromMarkdown('Hi', {unified, remarkPlugins: [remarkBoom]}))
    expect(isOptionError(error)).toBe(false)
    expect(error).toMatchObject({name: 'Error', message: 'options.remarkPlugins[0] (remarkBoom): boom'})
  })

  test('an async plugin is named as it is: by its name, or as an anonymous plugin (not a preset)', async () => {
    const errors = await Promise.all([
      caught(() => toHtml([], {unified, remarkPlugins: [() => async () => {}]})),
      caught(() => toHtml([], {unified, remarkPlugins: [remarkLater]})),
    ])
    expect(errors.map((error) => (error as Error).message)).toEqual([
      'options.remarkPlugins[0] (anonymous plugin) is async; plugins run synchronously.',
      'options.remarkPlugins[0] (remarkLater) is async; plugins run synchronously.',
    ])
  })

  test('a generateKey that throws is the caller’s option at fault, with the error as cause', async () => {
    const cause = new Error('out of keys.')
    const error = await caught(() =>
      fromMarkdown('Hi', {
        generateKey: () => {
          throw cause
        },
      }),
    )
    expect(error).toMatchObject({fn: 'fromMarkdown', option: 'options.generateKey', cause})
    expect((error as Error).message).toBe('fromMarkdown: options.generateKey must return a new key without throwing; got an error: out of keys.')
  })
})

describe('isOptionError', () => {
  test('is true for an OptionError, also from another copy of the package; false for any other error', () => {
    const copy = Object.assign(new TypeError('toHtml: options.baseUrl must be a string; got 42.'), {name: 'OptionError', code: 'ERR_PRACTICE_PRESS_OPTION'})
    expect([
      isOptionError(new OptionError({fn: 'toHtml', option: 'options.baseUrl', must: 'be a string', value: 42})),
      isOptionError(copy),
      isOptionError(new TypeError('options.baseUrl must be a string')),
      isOptionError(new ContentQueryError('bad', {query: '*['})),
      isOptionError(new DatasetLoadError([{file: 'data.ndjson', message: 'bad'}])),
      isOptionError({name: 'OptionError', code: 'ERR_PRACTICE_PRESS_OPTION'}),
      isOptionError(undefined),
    ]).toEqual([true, true, false, false, false, false, false])
  })

  test('the message says what was given: a string quoted, an object or array by kind, a function by kind', () => {
    const messages = ['x'.repeat(50), {}, [], () => 1, undefined].map(
      (value) => new OptionError({fn: 'f', option: 'options.x', must: 'be a number', value}).message,
    )
    expect(messages).toEqual([
      `f: options.x must be a number; got "${'x'.repeat(40)}…".`,
      'f: options.x must be a number; got an object.',
      'f: options.x must be a number; got an array.',
      'f: options.x must be a number; got a function.',
      'f: options.x must be a number; got undefined.',
    ])
  })
})
