/**
 * @practice-press/sdk/syndication: every article in the forms readers, other sites and
 * search engines read. Feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) for the site, a topic or
 * an author, built as xast trees; sitemap and robots.txt; cross-post Markdown; and, from
 * `src/seo/`, meta tags and JSON-LD (schema.org, typed with `schema-dts`).
 */
export {buildFeed} from './build-feed.ts'
export {SYNDICATION_CONTENT_TYPES} from './content-types.ts'
export type {BuildFeedOptions} from './build-feed.ts'
export {toRss, rfc822} from './to-rss.ts'
export type {ToRssOptions} from './to-rss.ts'
export {toAtom} from './to-atom.ts'
export type {ToAtomOptions} from './to-atom.ts'
export {jsonFeed, toJsonFeed} from './to-json-feed.ts'
export type {JsonFeed, JsonFeedAuthor, JsonFeedItem} from './to-json-feed.ts'
export {sitemapEntries} from './sitemap-entries.ts'
export type {SitemapEntry, SitemapImage} from './sitemap-entries.ts'
export {toSitemap, toSitemapPage} from './to-sitemap.ts'
export type {ToSitemapOptions} from './to-sitemap.ts'
export {toRobotsTxt} from './to-robots-txt.ts'
export type {RobotsPractice} from './to-robots-txt.ts'
export {toCrossPost} from './to-cross-post.ts'
export type {ToCrossPostOptions} from './to-cross-post.ts'
export {xmlSafe} from './xml.ts'
export {
  blogPostingJsonLd,
  breadcrumbListJsonLd,
  escapeHtml,
  jsonLdScript,
  medicalClinicJsonLd,
  metaTags,
  personJsonLd,
  webSiteJsonLd,
} from '../seo/index.ts'
export type {ArticleMeta, Crumb, MetaTag, SeoArticle, SeoAuthor, SeoImage, SeoLocation, SeoOptions, SeoPractice} from '../seo/index.ts'
export {FEED_FILES, feedUrl, sitemapPageUrl} from '../routes/url-for.ts'
export type {FeedFormat, FeedScope} from '../routes/url-for.ts'
export type {Feed, FeedCategory, FeedImage, FeedItem, FeedLinks, FeedPerson, OnSyndicationWarning, SyndicationWarning} from './types.ts'
