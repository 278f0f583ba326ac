import {stringify} from 'yaml'

import {absoluteUrl} from '../render/lib/absolute-url.ts'
import type {PortableTextInput} from '../render/portable-text.ts'
import {renderArticle} from '../render/render-article.ts'
import {resolveOnWarning, type OnWarning} from '../render/warning.ts'
import type {Routes} from '../routes/create-routes.ts'
import {urlFor} from '../routes/url-for.ts'
import type {SeoArticle, SeoPractice} from '../seo/inputs.ts'
import {articleDates, pictureUrl, siteUrl} from '../seo/site.ts'

/** Options for {@link toCrossPost}. */
export interface ToCrossPostOptions {
  /** The site's address. Default: the practice's `baseUrl`. */
  baseUrl?: string | undefined
  /** Render warnings (unknown block types...). Default `console.warn`; `false` silences. */
  onWarning?: OnWarning | false | undefined
  /** The site's routes (`createRoutes({...})`), for the canonical URL and internal links. Default `/articles/{slug}`, ... */
  routes?: Routes | undefined
}

/** dev.to takes at most four tags, lowercase letters and digits only. */
const MAX_TAGS = 4

/**
 * An article as Markdown for cross-posting, with YAML front matter in the shape dev.to's
 * and Hashnode's importers read: `title`, `description`, `tags` (at most four, lowercase
 * letters and digits, from the topics' slugs), `canonical_url` (the article's own page,
 * or its own `canonicalUrl` when it was first published elsewhere), `cover_image`
 * (1000x420, cut around the hotspot), `published: true`, `date` (a YAML timestamp in UTC).
 * The body is `renderArticle`'s portable Markdown (GFM) with the crisis notice kept, every
 * link and picture absolute. The front matter is written by the `yaml` library for YAML
 * 1.1 (what those importers read), so a title like `No`, `yes: and no` or `2024-05-01`
 * stays a string.
 *
 * @example
 * ```ts
 * toCrossPost(article, practice, {baseUrl: 'https://www.example.com'})
 * // '---\ntitle: How to repair after an argument\n...\n---\n\nArguments are...'
 * ```
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function toCrossPost(article: SeoArticle, practice: SeoPractice | null | undefined, options: ToCrossPostOptions = {}): string {
  const baseUrl = siteUrl(practice, options, 'toCrossPost')
  // Checked here so that the error names toCrossPost, not the renderArticle it calls.
  resolveOnWarning(options.onWarning, 'toCrossPost')
  const front: Record<string, unknown> = {title: article.title?.trim() ?? ''}
  const description = article.seo?.description?.trim() || article.excerpt?.trim()
  if (description) front.description = description
  const tags = [
    ...new Set((article.topics ?? []).flatMap((topic) => (topic?.slug ? [topic.slug.toLowerCase().replace(/[^a-z0-9]/g, '')] : [])).filter(Boolean)),
  ].slice(0, MAX_TAGS)
  if (tags.length > 0) front.tags = tags
  const canonical = urlFor({_type: 'article', slug: article.slug, canonicalUrl: article.canonicalUrl}, {baseUrl, routes: options.routes})
  if (canonical) front.canonical_url = canonical
  const cover = pictureUrl(article.heroImage, baseUrl, {width: 1000, height: 420, fit: 'crop'})
  if (cover) front.cover_image = cover
  front.published = true
  const {published} = articleDates(article)
  if (published) front.date = new Date(published)
  // Fragment links (#how) point at the heading on the site's own page, which has the ids.
  const pageUrl = urlFor({_type: 'article', slug: article.slug}, {baseUrl, routes: options.routes})
  const body = renderArticle(
    {...article, body: absoluteBody(article.body, baseUrl, pageUrl) as PortableTextInput},
    {
      practice: practice ?? undefined,
      format: 'markdown',
      baseUrl,
      ...(pageUrl ? {pageUrl} : {}),
      routes: options.routes,
      ...(options.onWarning === undefined ? {} : {onWarning: options.onWarning}),
    },
  )
  return `---\n${stringify(front, {version: '1.1', lineWidth: 0})}---\n\n${body}`
}

/** A copy of the body whose pictures and link annotations carry absolute URLs (fragment links against `pageUrl`). */
function absoluteBody(body: unknown, baseUrl: string, pageUrl: string | undefined): unknown {
  if (!Array.isArray(body)) return body
  return body.map((block: unknown) => {
    if (!block || typeof block !== 'object') return block
    const value = block as Record<string, unknown>
    const asset = value.asset as Record<string, unknown> | null | undefined
    if (value._type === 'imageWithCredit' && typeof asset?.url === 'string') {
      return {...value, asset: {...asset, url: absoluteUrl(asset.url, baseUrl)}}
    }
    if (Array.isArray(value.markDefs)) {
      return {
        ...value,
        markDefs: value.markDefs.map((definition: unknown) => {
          const mark = definition as Record<string, unknown> | null
          return mark?._type === 'link' && typeof mark.href === 'string' ? {...mark, href: absoluteUrl(mark.href.trim(), baseUrl, pageUrl)} : definition
        }),
      }
    }
    return block
  })
}
