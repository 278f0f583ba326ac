import type {Element} from 'xast'
import {x} from 'xastscript'

import {sitemapPageUrl} from '../routes/url-for.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkBaseUrl} from '../vocabulary/base-url.ts'
import type {SitemapEntry} from './sitemap-entries.ts'
import {lines, xmlDocument} from './xml.ts'

/** Options for {@link toSitemap} and {@link toSitemapPage}. */
export interface ToSitemapOptions {
  /** The site's address, for the pages of a sitemap index. */
  baseUrl: string
  /** URLs per sitemap file, 1 to 50,000 (the sitemaps.org limit). Default 50,000. */
  maxUrls?: number | undefined
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1'

/**
 * The document for `/sitemap.xml` (sitemaps.org protocol 0.9): a `urlset` with each
 * page's `loc`, `lastmod` and `image:image` (Google's image extension) when there are at
 * most `maxUrls` entries; otherwise a `sitemapindex` pointing at `/sitemap-1.xml`,
 * `/sitemap-2.xml`, ... (see {@link toSitemapPage}), each with the newest `lastmod` of its pages.
 * An entry whose `loc` is not on `baseUrl`'s origin (an article whose canonical page is on
 * another site) is left out: a sitemap lists only the site's own URLs.
 *
 * @example
 * ```ts
 * toSitemap(sitemapEntries(await listSitemapEntries(source), {baseUrl}), {baseUrl})
 * ```
 * @throws {OptionError} when `entries` is not an array of entries with a string `loc`,
 *   `baseUrl` is not an absolute http(s) address, or `maxUrls` is not a whole number from
 *   1 to 50,000.
 */
export function toSitemap(entries: readonly SitemapEntry[], options: ToSitemapOptions): string {
  const {baseUrl, maxUrls} = check(entries, options, 'toSitemap')
  const own = ownEntries(entries, baseUrl, 'toSitemap')
  if (own.length <= maxUrls) return urlset(own)
  const pages: Element[] = []
  for (let start = 0, n = 1; start < own.length; start += maxUrls, n++) {
    const newest = own.slice(start, start + maxUrls).map((entry) => entry.lastmod ?? '').reduce((a, b) => (b > a ? b : a), '')
    pages.push(x('sitemap', [x('loc', sitemapPageUrl(n, {baseUrl})), newest ? x('lastmod', newest) : undefined]))
  }
  return xmlDocument(x('sitemapindex', {xmlns: SITEMAP_NS}, lines(pages)))
}

/**
 * Page `n` (from 1) of a sitemap split by {@link toSitemap}'s index: a `urlset` of the site's entries
 * `(n - 1) * maxUrls` to `n * maxUrls`. `undefined` when there is no such page.
 *
 * @throws {OptionError} as {@link toSitemap}.
 */
export function toSitemapPage(entries: readonly SitemapEntry[], n: number, options: ToSitemapOptions): string | undefined {
  const {baseUrl, maxUrls} = check(entries, options, 'toSitemapPage')
  const own = ownEntries(entries, baseUrl, 'toSitemapPage')
  if (!Number.isInteger(n) || n < 1 || (n - 1) * maxUrls >= own.length) return undefined
  return urlset(own.slice((n - 1) * maxUrls, n * maxUrls))
}

/**
 * The entries on the site's own origin: a sitemap lists only the site's URLs (sitemaps.org).
 * Each entry's `loc` is checked on the way, in the one pass over them.
 *
 * @throws {OptionError} naming `entries[i].loc` when an entry has no string `loc`.
 */
function ownEntries(entries: readonly SitemapEntry[], baseUrl: string, fn: string): readonly SitemapEntry[] {
  const origin = new URL(baseUrl).origin
  const prefix = `${origin}/`
  const own = entries.filter((entry, index) => {
    const loc: unknown = (entry as Partial<SitemapEntry> | null)?.loc
    if (typeof loc !== 'string') throw new OptionError({fn, option: `entries[${index}].loc`, must: `be the page's absolute URL, as in ${ENTRIES}`, value: loc})
    return loc.startsWith(prefix) || (URL.canParse(loc) && new URL(loc).origin === origin)
  })
  return own.length === entries.length ? entries : own
}

/** What a sitemap writer's entries must be. */
const ENTRIES = 'a SitemapEntry from sitemapEntries'

function urlset(entries: readonly SitemapEntry[]): string {
  return xmlDocument(
    x(
      'urlset',
      {xmlns: SITEMAP_NS, 'xmlns:image': IMAGE_NS},
      lines(
        entries.map((entry) =>
          x('url', [
            x('loc', entry.loc),
            entry.lastmod ? x('lastmod', entry.lastmod) : undefined,
            ...(entry.images ?? []).map((image) => x('image:image', [x('image:loc', image.loc)])),
          ]),
        ),
      ),
    ),
  )
}

function check(entries: unknown, options: ToSitemapOptions, fn: string): {baseUrl: string; maxUrls: number} {
  if (!Array.isArray(entries)) throw new OptionError({fn, option: 'entries', must: `be an array of pages, each ${ENTRIES}`, value: entries})
  const baseUrl = checkBaseUrl(options?.baseUrl, fn)
  const maxUrls = options?.maxUrls ?? 50_000
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > 50_000) {
    throw new OptionError({fn, option: 'options.maxUrls', must: 'be a whole number from 1 to 50000', value: options?.maxUrls})
  }
  return {baseUrl, maxUrls}
}
