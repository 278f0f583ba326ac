import type {SitemapQueryResult} from '../generated/sanity.types.ts'
import {absoluteUrl} from '../render/lib/absolute-url.ts'
import type {Routes} from '../routes/create-routes.ts'
import {joinUrl, urlFor} from '../routes/url-for.ts'
import {isoDate} from './feed-item.ts'
import {checkBaseUrl} from '../vocabulary/base-url.ts'
import {OptionError} from '../vocabulary/option-error.ts'

/** A picture on a page (Google's image sitemap extension). */
export interface SitemapImage {
  /** Absolute URL of the file. */
  loc: string
  /** Alt text, kept as data; not written (Google dropped `image:title` and `image:caption` in 2022). */
  title?: string
}

/** One page in a sitemap. */
export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string
  /** When it last changed (RFC 3339 / W3C Datetime). */
  lastmod?: string
  images?: SitemapImage[]
}

/**
 * The sitemap's pages from `listSitemapEntries`: the home page (last changed when the
 * newest page did), then every article, topic, author and office, each under `baseUrl`,
 * hero pictures included. An article whose `canonicalUrl` is on another site is left out
 * (a sitemap lists only the site's own canonical pages); so is a document without a slug.
 *
 * @throws {OptionError} when `result` is not what `listSitemapEntries` returns, or `baseUrl`
 *   is not an absolute http(s) address.
 */
export function sitemapEntries(result: SitemapQueryResult, options: {baseUrl: string; routes?: Routes | undefined}): SitemapEntry[] {
  checkResult(result)
  const baseUrl = checkBaseUrl(options?.baseUrl, 'sitemapEntries')
  const origin = new URL(baseUrl).origin
  const pages: SitemapEntry[] = []
  for (const article of result.articles) {
    const loc = urlFor(article, {baseUrl, routes: options.routes})
    if (!loc || new URL(loc).origin !== origin) continue
    const entry: SitemapEntry = {loc, ...lastmod(article.lastModified)}
    if (article.image?.url) entry.images = [{loc: absoluteUrl(article.image.url, baseUrl), ...(article.image.alt ? {title: article.image.alt} : {})}]
    pages.push(entry)
  }
  for (const doc of [...result.topics, ...result.authors, ...result.locations]) {
    const loc = urlFor(doc, {baseUrl, routes: options.routes})
    if (loc && new URL(loc).origin === origin) pages.push({loc, ...lastmod(doc.lastModified)})
  }
  const newest = pages.map((page) => page.lastmod ?? '').toSorted().at(-1)
  return [{loc: joinUrl(baseUrl, '/'), ...(newest ? {lastmod: newest} : {})}, ...pages]
}

/** The lists `sitemapEntries` reads from a `listSitemapEntries` result. */
const LISTS = ['articles', 'topics', 'authors', 'locations'] as const

/**
 * Checks `sitemapEntries`' first argument: an object with the four lists.
 *
 * @throws {OptionError} naming `result`, or the first list that is not an array.
 */
function checkResult(result: unknown): asserts result is SitemapQueryResult {
  const must = 'be what listSitemapEntries(source) returns: {articles, topics, authors, locations}'
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new OptionError({fn: 'sitemapEntries', option: 'result', must, value: result})
  for (const list of LISTS) {
    const value = (result as Partial<SitemapQueryResult>)[list]
    if (!Array.isArray(value)) throw new OptionError({fn: 'sitemapEntries', option: `result.${list}`, must: 'be an array, as listSitemapEntries(source) returns it', value})
  }
}

function lastmod(value: string | null | undefined): {lastmod?: string} {
  const iso = isoDate(value)
  return iso ? {lastmod: iso} : {}
}
