import type {BlogPostingLeaf, ImageObject, Organization, WithContext} from 'schema-dts'

import type {PortableTextInput} from '../../render/portable-text.ts'
import {readingTime} from '../../render/reading-time.ts'
import {urlFor} from '../../routes/url-for.ts'
import type {SeoArticle, SeoImage, SeoPractice} from '../inputs.ts'
import {articleDates, croppedSize, pictureUrl, siteName, siteUrl, type SeoOptions} from '../site.ts'

/**
 * schema.org `BlogPosting` for an article (Google's Article structured data): `headline`,
 * `description`, `image` (1200 wide), `datePublished`, `dateModified`, `author` (a
 * `Person` with its page), `publisher` (the practice, with its logo), `mainEntityOfPage`
 * (the canonical URL), `wordCount`, `inLanguage`, `keywords` (topics). Missing facts are
 * left out, never filled in.
 *
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function blogPostingJsonLd(article: SeoArticle, practice: SeoPractice | null | undefined, options: SeoOptions = {}): WithContext<BlogPostingLeaf> {
  const baseUrl = siteUrl(practice, options, 'blogPostingJsonLd')
  const url = urlFor({_type: 'article', slug: article.slug, canonicalUrl: article.canonicalUrl}, {baseUrl, routes: options.routes})
  const {published, modified} = articleDates(article)
  const image = imageObject(article.heroImage, baseUrl)
  const words = article.body ? readingTime(article.body as PortableTextInput).words : undefined
  const topics = (article.topics ?? []).flatMap((topic) => (topic?.title ? [topic.title] : []))
  const posting: WithContext<BlogPostingLeaf> = {'@context': 'https://schema.org', '@type': 'BlogPosting'}
  if (article.title) posting.headline = article.title
  const description = article.seo?.description?.trim() || article.excerpt?.trim()
  if (description) posting.description = description
  if (image) posting.image = image
  if (published) posting.datePublished = published
  if (modified) posting.dateModified = modified
  if (article.author?.name) {
    const authorUrl = urlFor({_type: 'author', slug: article.author.slug}, {baseUrl, routes: options.routes})
    posting.author = {'@type': 'Person', name: article.author.name, ...(authorUrl ? {url: authorUrl} : {})}
  }
  posting.publisher = publisher(practice, baseUrl)
  if (url) {
    posting.mainEntityOfPage = {'@type': 'WebPage', '@id': url}
    posting.url = url
  }
  if (words !== undefined) posting.wordCount = words
  const language = practice?.feed?.language?.trim()
  if (language) posting.inLanguage = language
  if (topics.length > 0) posting.keywords = topics.join(', ')
  return posting
}

/** The practice as an `Organization` (publisher): name, home page, logo. */
export function publisher(practice: SeoPractice | null | undefined, baseUrl: string): Organization {
  const logo = pictureUrl(practice?.logo, baseUrl)
  return {'@type': 'Organization', name: siteName(practice, baseUrl), url: `${baseUrl}/`, ...(logo ? {logo} : {})}
}

function imageObject(image: SeoImage | null | undefined, baseUrl: string): ImageObject | undefined {
  // The size served: at most 1200 wide, never enlarged, in the shape of the picture's own crop.
  const kept = croppedSize(image)
  const width = kept ? Math.min(1200, kept.width) : 1200
  const url = pictureUrl(image, baseUrl, {width})
  if (!url) return undefined
  const object: ImageObject = {'@type': 'ImageObject', url}
  // Pixels as numbers, as Google's structured-data examples write them (schema-dts types a Distance as text).
  if (kept) Object.assign(object, {width, height: Math.round((kept.height * width) / kept.width)})
  return object
}
