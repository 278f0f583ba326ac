import type {FeedQueryResult} from '../generated/sanity.types.ts'
import type {RenderCache} from '../render/article/render-cache.ts'
import {excerpt} from '../render/excerpt.ts'
import {absoluteUrl} from '../render/lib/absolute-url.ts'
import {renderArticleHtml} from '../render/render-article-html.ts'
import {toHtml} from '../render/to-html.ts'
import type {Routes} from '../routes/create-routes.ts'
import {urlFor} from '../routes/url-for.ts'
import type {FeedImage, FeedItem, OnSyndicationWarning} from './types.ts'

/** An article as the feed query returns it. */
export type FeedArticle = FeedQueryResult['articles'][number]

/** What {@link feedItem} needs besides the article. */
export interface FeedItemContext {
  baseUrl: string
  practice: FeedQueryResult['practice']
  warn: OnSyndicationWarning
  cache?: RenderCache | undefined
  routes?: Routes | undefined
}

/**
 * One article as a feed item, every URL absolute: its canonical URL as id and link, its
 * body rendered by `renderArticleHtml` (sanitised HTML, crisis notice when the article asks
 * for it, pictures and links absolute) after its hero picture (as the body's pictures are
 * written: a `figure` with alt text, size, `srcset` and credit; only when it has alt text
 * or is marked decorative, since readers that ignore enclosures show only the content),
 * its topics as categories and its hero picture (the original file) as image. A render warning (say an unknown block type) is passed on
 * with the article's id and the item keeps the rest of its body. An article with no slug
 * or no title, or whose rendering throws, is reported and left out (`undefined`).
 */
export function feedItem(article: FeedArticle, context: FeedItemContext): FeedItem | undefined {
  const {baseUrl, warn, routes} = context
  const documentId = article._id
  const url = urlFor({_type: 'article', slug: article.slug, canonicalUrl: article.canonicalUrl}, {baseUrl, routes})
  if (!url) {
    warn({type: 'slug', documentId, message: 'the article has no slug, so it has no address; it was left out of the feed.'})
    return undefined
  }
  const title = article.title?.trim()
  if (!title) {
    warn({type: 'title', documentId, message: 'the article has no title; it was left out of the feed.'})
    return undefined
  }
  const published = isoDate(article.publishedAt)
  if (!published) {
    warn({type: 'publishedAt', documentId, message: `the article's publishedAt (${JSON.stringify(article.publishedAt)}) is not a date; it was left out of the feed.`})
    return undefined
  }
  // Fragment links (#how) point at the heading on the site's own page, which has the ids.
  const pageUrl = urlFor({_type: 'article', slug: article.slug}, {baseUrl, routes})
  let contentHtml: string
  try {
    contentHtml = renderArticleHtml(article, {
      practice: context.practice,
      baseUrl,
      ...(pageUrl ? {pageUrl} : {}),
      routes,
      ...(context.cache ? {cache: context.cache} : {}),
      onWarning: (warning) => warn({...warning, documentId}),
    })
  } catch (error) {
    warn({type: 'article', documentId, message: `the article could not be rendered (${error instanceof Error ? error.message : String(error)}); it was left out of the feed.`})
    return undefined
  }
  contentHtml = heroHtml(article, baseUrl, (warning) => warn({...warning, documentId})) + contentHtml
  const modified = isoDate(article.updatedAt)
  const item: FeedItem = {
    id: url,
    url,
    title,
    contentHtml,
    published,
    updated: modified && modified > published ? modified : published,
    authors: article.author?.name ? [{name: article.author.name, ...optionalUrl(urlFor({_type: 'author', slug: article.author.slug}, {baseUrl, routes}))}] : [],
    categories: (article.topics ?? []).flatMap((topic) =>
      topic?.slug && topic.title ? [{term: topic.slug, label: topic.title, ...optionalUrl(urlFor({_type: 'topic', slug: topic.slug}, {baseUrl, routes}))}] : [],
    ),
  }
  const summary = article.excerpt?.trim() || excerpt(article.body as never, {maxLength: 300})
  if (summary) item.summary = summary
  const image = heroImage(article, baseUrl)
  if (image) item.image = image
  return item
}

/** The hero picture as the top of the item's content, written as the body's pictures are; empty without a file, or without alt text when it is not decorative. */
function heroHtml(article: FeedArticle, baseUrl: string, onWarning: NonNullable<Parameters<typeof toHtml>[1]>['onWarning']): string {
  const hero = article.heroImage
  if (!hero?.asset?.url || (!hero.decorative && !hero.alt?.trim())) return ''
  return `${toHtml([{...hero, _type: 'imageWithCredit', _key: 'hero'}] as never, {baseUrl, onWarning})}\n`
}

function heroImage(article: FeedArticle, baseUrl: string): FeedImage | undefined {
  const asset = article.heroImage?.asset
  if (!asset?.url) return undefined
  const image: FeedImage = {
    url: absoluteUrl(asset.url, baseUrl),
    type: asset.mimeType ?? `image/${asset.extension === 'jpg' ? 'jpeg' : (asset.extension ?? 'jpeg')}`,
    length: typeof article.heroImageSize === 'number' && article.heroImageSize >= 0 ? Math.round(article.heroImageSize) : 0,
  }
  if (asset.width && asset.height) {
    image.width = asset.width
    image.height = asset.height
  }
  const alt = article.heroImage?.decorative ? '' : article.heroImage?.alt?.trim()
  if (alt) image.alt = alt
  return image
}

function optionalUrl(url: string | undefined): {url?: string} {
  return url ? {url} : {}
}

/** An ISO date-time as RFC 3339 in UTC (`2025-02-11T17:00:00.000Z`), or `undefined` when it is not a date. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
