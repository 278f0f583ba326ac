import {checkOptionalBaseUrl} from '../vocabulary/base-url.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import type {Routes} from './create-routes.ts'
import {defaultRoutes, ROUTE_PREFIXES, type RoutedType} from './default-routes.ts'

export {ROUTE_PREFIXES, type RoutedType}

/** Anything with a type and a slug: a query result, a link target, a full document. */
export interface Routable {
  _type: string
  /** The slug as a string (what the SDK's queries return) or as Sanity stores it. */
  slug?: string | {current?: string | null | undefined} | null | undefined
  /** An article first published elsewhere names its original here; it wins for articles. */
  canonicalUrl?: string | null | undefined
}

/** Options for {@link urlFor}. */
export interface UrlForOptions {
  /** The site's address, e.g. `https://www.example.com`. Without it, URLs are root-relative. */
  baseUrl?: string | undefined
  /** For articles: ignore `canonicalUrl` and give this site's own address. Default `false`. */
  local?: boolean | undefined
  /** The site's own routes (from `createRoutes`, or any function); default `/articles/{slug}` and the like ({@link ROUTE_PREFIXES}). */
  routes?: Routes | undefined
}

/** The site's fixed pages. */
export const SITE_ROUTES = {
  search: '/search',
  rss: '/rss.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const

/** Joins a base URL and a path, with exactly one slash between them. */
export function joinUrl(baseUrl: string | undefined, path: string): string {
  if (!baseUrl) return path
  return `${baseUrl.replace(/\/+$/, '')}${path}`
}

function slugOf(doc: Routable): string | undefined {
  const slug = typeof doc.slug === 'string' ? doc.slug : doc.slug?.current
  return typeof slug === 'string' && slug !== '' ? slug : undefined
}

/**
 * The URL of a document's page: `/articles/{slug}`, `/topics/{slug}`, `/authors/{slug}`,
 * `/locations/{slug}` (or the site's own `routes`), under `baseUrl` when given. An
 * article's own `canonicalUrl` wins (unless `local`). `undefined` when the type has no page
 * (any type not in the routes: only the routes' own entries count, so `_type:
 * 'constructor'` has none) or the document has no slug.
 *
 * @example
 * ```ts
 * urlFor({_type: 'article', slug: 'repair'}, {baseUrl: 'https://www.example.com'})
 * // 'https://www.example.com/articles/repair'
 * ```
 * @throws {OptionError} when `options` is not an object, `options.baseUrl` is not an absolute http(s) address, or `options.routes` is not a function.
 */
export function urlFor(doc: Routable, options: UrlForOptions = {}): string | undefined {
  if (typeof options !== 'object' || options === null) throw new OptionError({fn: 'urlFor', option: 'options', must: 'be an object or undefined', value: options})
  const baseUrl = checkOptionalBaseUrl(options.baseUrl, 'urlFor')
  if (typeof doc?._type !== 'string') return undefined
  if (doc._type === 'article' && typeof doc.canonicalUrl === 'string' && doc.canonicalUrl && !options.local) return doc.canonicalUrl
  const slug = slugOf(doc)
  if (!slug) return undefined
  const routes = options.routes ?? defaultRoutes
  if (typeof routes !== 'function') throw new OptionError({fn: 'urlFor', option: 'options.routes', must: 'be a function (doc) => path, as createRoutes({...}) makes', value: routes})
  const path = routes({_type: doc._type, slug})
  if (typeof path !== 'string' || path === '') return undefined
  return /^https?:\/\//i.test(path) ? path : joinUrl(baseUrl, path.startsWith('/') ? path : `/${path}`)
}

/** The search page's URL for a query (throws an {@link OptionError} when `options.baseUrl` is not an absolute http(s) address). */
export function searchUrl(query: string, options: {baseUrl?: string | undefined} = {}): string {
  return joinUrl(checkOptionalBaseUrl(options.baseUrl, 'searchUrl'), `${SITE_ROUTES.search}?q=${encodeURIComponent(query)}`)
}

/** The feed formats and the file name each has under a site, topic or author. */
export const FEED_FILES = {rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json'} as const

/** A feed's format: RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export type FeedFormat = keyof typeof FEED_FILES

/** Which articles a feed holds: the whole site's, one topic's or one author's (by slug). */
export interface FeedScope {
  topic?: string | null | undefined
  author?: string | null | undefined
}

/**
 * The URL of a feed: `/rss.xml`, `/atom.xml`, `/feed.json` for the site;
 * `/topics/{slug}/rss.xml` (and `atom.xml`, `feed.json`) for a topic;
 * `/authors/{slug}/rss.xml` (...) for an author, as WordPress and Ghost readers expect.
 *
 * @example
 * ```ts
 * feedUrl('rss', {topic: 'trust'}, {baseUrl: 'https://www.example.com'})
 * // 'https://www.example.com/topics/trust/rss.xml'
 * ```
 * @throws {OptionError} when `format` is not rss, atom or json, both `topic` and `author` are given, or `options.baseUrl` is not an absolute http(s) address.
 */
export function feedUrl(format: FeedFormat, scope: FeedScope = {}, options: {baseUrl?: string | undefined} = {}): string {
  const baseUrl = checkOptionalBaseUrl(options.baseUrl, 'feedUrl')
  const file = Object.hasOwn(FEED_FILES, format) ? FEED_FILES[format] : undefined
  if (!file) throw new OptionError({fn: 'feedUrl', option: 'format', must: 'be "rss", "atom" or "json"', value: format})
  if (scope.topic && scope.author) {
    throw new OptionError({fn: 'feedUrl', option: 'scope', must: 'name one topic or one author (a feed is for one of them)', got: 'both a topic and an author'})
  }
  const prefix = scope.topic
    ? `${ROUTE_PREFIXES.topic}${encodeURIComponent(scope.topic)}/`
    : scope.author
      ? `${ROUTE_PREFIXES.author}${encodeURIComponent(scope.author)}/`
      : '/'
  return joinUrl(baseUrl, `${prefix}${file}`)
}

/**
 * The URL of page `n` (from 1) of a sitemap split by a sitemap index: `/sitemap-{n}.xml`.
 *
 * @throws {OptionError} when `n` is not a whole number from 1, or `options.baseUrl` is not an absolute http(s) address.
 */
export function sitemapPageUrl(n: number, options: {baseUrl?: string | undefined} = {}): string {
  const baseUrl = checkOptionalBaseUrl(options.baseUrl, 'sitemapPageUrl')
  if (!Number.isInteger(n) || n < 1) throw new OptionError({fn: 'sitemapPageUrl', option: 'n', must: 'be a whole number from 1 (the first page)', value: n})
  return joinUrl(baseUrl, `/sitemap-${n}.xml`)
}
