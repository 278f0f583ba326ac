import {urlFor} from '../routes/url-for.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import type {SeoArticle, SeoImage, SeoPractice} from './inputs.ts'
import {articleDates, croppedSize, pictureUrl, siteName, siteUrl, type SeoOptions} from './site.ts'

/** One `<meta>` element as data: by `name` (description, robots, Twitter) or by `property` (Open Graph). */
export type MetaTag = {name: string; content: string} | {property: string; content: string}

/** What a page's `<head>` needs for an article. */
export interface ArticleMeta {
  /** The `<title>` text: `{seo title or title} | {practice name}`. */
  title: string
  description?: string
  /** The canonical URL: the article's own `canonicalUrl`, else its page. */
  canonical: string
  /** `noindex, nofollow` for sample content; `noindex` for `seo.noIndex`; else `index, follow`. */
  robots: string
  /** Every `<meta>`, in order. */
  tags: MetaTag[]
  /** `<title>`, `<link rel="canonical">` and every `<meta>`, one per line, escaped. */
  html: string
}

/** Open Graph's image size (1.91:1), cut around the hotspot. */
const OG_IMAGE = {width: 1200, height: 630} as const

/**
 * The size `og:image` is asked and declared at: 1200 × 630, or, for a picture (after its
 * own crop) too small to give that without enlarging, the largest 1.91:1 cut it holds, so
 * the declared width and height are what an image CDN that never enlarges (and ours)
 * serves. Unknown dimensions keep 1200 × 630.
 */
export function ogImageSize(image: SeoImage | null | undefined): {width: number; height: number} {
  const kept = croppedSize(image)
  if (!kept) return OG_IMAGE
  const fitted = Math.floor(Math.min(OG_IMAGE.width, kept.width, (kept.height * OG_IMAGE.width) / OG_IMAGE.height))
  if (fitted >= OG_IMAGE.width || fitted < 1) return OG_IMAGE
  return {width: fitted, height: Math.max(1, Math.round((fitted * OG_IMAGE.height) / OG_IMAGE.width))}
}

/**
 * The `<head>` metadata of an article page: title, description, canonical URL, robots,
 * Open Graph (`og:type=article`, `article:published_time`, `article:modified_time`,
 * `article:author`, `article:section`, `article:tag`, `og:image` 1200x630 (smaller for a
 * smaller picture: {@link ogImageSize}) with width, height and alt; The Open Graph protocol, ogp.me) and a Twitter card
 * (`summary_large_image` with a picture). As data and as an HTML string in which every
 * value is escaped (`&`, `<`, `>`, `"`), so a title cannot break out of its attribute.
 *
 * @example
 * ```ts
 * const {html} = metaTags(article, practice, {baseUrl: 'https://www.example.com'})
 * ```
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function metaTags(article: SeoArticle, practice: SeoPractice | null | undefined, options: SeoOptions = {}): ArticleMeta {
  const baseUrl = siteUrl(practice, options, 'metaTags')
  const name = siteName(practice, baseUrl)
  const headline = article.seo?.title?.trim() || article.title?.trim() || name
  const description = article.seo?.description?.trim() || article.excerpt?.trim() || undefined
  const canonical = urlFor({_type: 'article', slug: article.slug, canonicalUrl: article.canonicalUrl}, {baseUrl, routes: options.routes}) ?? `${baseUrl}/`
  const robots = practice?.sampleContent === true ? 'noindex, nofollow' : article.seo?.noIndex === true ? 'noindex' : 'index, follow'
  const {published, modified} = articleDates(article)
  const ogSize = ogImageSize(article.heroImage)
  const image = pictureUrl(article.heroImage, baseUrl, {...ogSize, fit: 'crop'})
  const alt = article.heroImage?.decorative ? undefined : article.heroImage?.alt?.trim() || undefined
  const authorUrl = article.author?.slug ? urlFor({_type: 'author', slug: article.author.slug}, {baseUrl, routes: options.routes}) : undefined
  const topics = (article.topics ?? []).flatMap((topic) => (topic?.title ? [topic.title] : []))
  const language = practice?.feed?.language?.trim()

  const tags: MetaTag[] = []
  const add = (key: 'name' | 'property', label: string, content: string | undefined) => {
    if (content) tags.push(key === 'name' ? {name: label, content} : {property: label, content})
  }
  add('name', 'description', description)
  add('name', 'robots', robots)
  add('property', 'og:type', 'article')
  add('property', 'og:title', headline)
  add('property', 'og:description', description)
  add('property', 'og:url', canonical)
  add('property', 'og:site_name', name)
  add('property', 'og:locale', language?.replace('-', '_'))
  add('property', 'article:published_time', published)
  add('property', 'article:modified_time', modified)
  add('property', 'article:author', authorUrl)
  add('property', 'article:section', topics[0])
  for (const topic of topics) add('property', 'article:tag', topic)
  if (image) {
    add('property', 'og:image', image)
    add('property', 'og:image:width', String(ogSize.width))
    add('property', 'og:image:height', String(ogSize.height))
    add('property', 'og:image:alt', alt)
  }
  add('name', 'twitter:card', image ? 'summary_large_image' : 'summary')
  add('name', 'twitter:title', headline)
  add('name', 'twitter:description', description)
  add('name', 'twitter:image', image)
  if (image) add('name', 'twitter:image:alt', alt)

  const title = `${headline} | ${name}`
  const html = [
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    ...tags.map((tag) => ('name' in tag ? `<meta name="${escapeHtml(tag.name)}" content="${escapeHtml(tag.content)}">` : `<meta property="${escapeHtml(tag.property)}" content="${escapeHtml(tag.content)}">`)),
  ].join('\n')
  return {title, ...(description ? {description} : {}), canonical, robots, tags, html}
}

/**
 * Text or an attribute value escaped for HTML: `&`, `<`, `>`, `"`.
 *
 * @example
 * ```ts
 * escapeHtml('Fish & <chips>') // 'Fish &amp; &lt;chips&gt;'
 * ```
 * @throws {OptionError} naming `value` when it is not a string.
 */
export function escapeHtml(value: string): string {
  if (typeof value !== 'string') throw new OptionError({fn: 'escapeHtml', option: 'value', must: 'be a string', value})
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
