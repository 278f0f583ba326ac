/**
 * @practice-press/sdk: typed GROQ queries for Practice Press content, from Sanity's
 * Content Lake or from a local dataset in Sanity's export format.
 */
export {articleBySlugQuery, articleFeedQuery, articleSearchQuery, articlesPageQuery} from './queries/articles.ts'
export {authorBySlugQuery, authorsQuery} from './queries/authors.ts'
export {feedQuery} from './queries/feeds.ts'
export {locationBySlugQuery, locationsQuery} from './queries/locations.ts'
export {practiceQuery} from './queries/practice.ts'
export {sitemapQuery} from './queries/sitemap.ts'
export {topicsQuery} from './queries/topics.ts'

export {getArticle} from './content/get-article.ts'
export type {GetArticleParams} from './content/get-article.ts'
export {listArticles} from './content/list-articles.ts'
export type {ArticlePage, ListArticlesParams} from './content/list-articles.ts'
export {searchArticles} from './content/search-articles.ts'
export type {SearchArticlesParams} from './content/search-articles.ts'
export {getAuthor, listAuthors} from './content/authors.ts'
export {getLocation, listLocations} from './content/locations.ts'
export {getPractice, listTopics} from './content/practice.ts'
export {listFeedArticles, listSitemapEntries} from './content/syndication-entries.ts'
export type {AtTime} from './content/clock.ts'

export {
  createRenderCache,
  excerpt,
  readingTime,
  renderArticle,
  tableOfContents,
  toHtml,
  toMarkdown,
  toMdast,
  toText,
} from './render/index.ts'
export type {
  ExcerptOptions,
  ReadingTime,
  ReadingTimeOptions,
  RenderableArticle,
  RenderablePractice,
  RenderArticleOptions,
  RenderCache,
  RenderCacheOptions,
  RenderWarning,
  TableOfContentsOptions,
  TocEntry,
  ToHtmlOptions,
  ToMarkdownOptions,
  ToMdastOptions,
} from './render/index.ts'
export {defaultExtensions, fromHtml, fromMarkdown, fromText, normalizePortableText} from './import/index.ts'
export type {BlockExtension} from './import/index.ts'
export type {ImportedBlock, ImportOptions, ImportReportEntry, ImportReportKind, ImportResult} from './import/index.ts'

export {imageUrl, srcset, SRCSET_WIDTHS} from './images/image-url.ts'
export type {ImageLike, ImageUrlOptions} from './images/image-url.ts'
export {createRoutes} from './routes/create-routes.ts'
export type {Route, RoutedDocument, Routes} from './routes/create-routes.ts'
export {FEED_FILES, feedUrl, joinUrl, ROUTE_PREFIXES, searchUrl, SITE_ROUTES, sitemapPageUrl, urlFor} from './routes/url-for.ts'
export type {FeedFormat, FeedScope, Routable, RoutedType, UrlForOptions} from './routes/url-for.ts'
export {createQueryHandler} from './server/create-query-handler.ts'
export type {QueryHandlerOptions} from './server/create-query-handler.ts'
export {createSanitySource} from './sources/sanity/create-sanity-source.ts'
export type {SanitySource, SanitySourceOptions} from './sources/sanity/create-sanity-source.ts'

export {ContentQueryError, isContentQueryError} from './sources/content-query-error.ts'
export type {ContentQueryErrorKind, QueryPosition} from './sources/content-query-error.ts'
export {isOptionError, OptionError} from './vocabulary/option-error.ts'
export {PERSPECTIVES} from './sources/content-source.ts'
export type {ContentSource, FetchOptions, ImageUrlStrategy, Perspective, QueryParams, QueryResult} from './sources/content-source.ts'
export {createDatasetSource} from './sources/dataset/create-dataset-source.ts'
export type {DatasetSource, DatasetSourceOptions} from './sources/dataset/create-dataset-source.ts'
export type {QueryTrace} from './sources/dataset/run-query.ts'
export {documentsFor, isPublishedId, publishedIdOf} from './sources/dataset/perspective-documents.ts'

export {collectDocuments} from './sources/dataset/collect-documents.ts'
export {findBrokenReferences} from './sources/dataset/find-broken-references.ts'
export type {BrokenReference} from './sources/dataset/find-broken-references.ts'
export type {CollectedDocuments} from './sources/dataset/collect-documents.ts'
export {DatasetLoadError, formatProblem, isDatasetLoadError} from './sources/dataset/dataset-problem.ts'
export type {DatasetLoadErrorCode, DatasetLoadErrorDetails, DatasetProblem, OnInvalid} from './sources/dataset/dataset-problem.ts'
export {assetDocumentId, parseAssetPointer} from './sources/dataset/asset-pointer.ts'
export type {AssetPointer} from './sources/dataset/asset-pointer.ts'
export {parseNdjsonLine} from './sources/dataset/parse-ndjson-line.ts'
export type {DatasetDocument} from './sources/dataset/parse-ndjson-line.ts'
export {resolveExportAssets} from './sources/dataset/resolve-export-assets.ts'
export type {
  ExportAssetEntry,
  ExportAssets,
  ResolvedExport,
  ResolveExportAssetsOptions,
} from './sources/dataset/resolve-export-assets.ts'

export type {
  Article,
  ArticleBySlugQueryResult,
  ArticleFeedQueryResult,
  ArticleSearchQueryResult,
  ArticlesPageQueryResult,
  FeedQueryResult,
  Author,
  AuthorBySlugQueryResult,
  AuthorsQueryResult,
  BlockContent,
  Location,
  LocationBySlugQueryResult,
  LocationsQueryResult,
  Practice,
  PracticeQueryResult,
  SitemapQueryResult,
  Topic,
  TopicsQueryResult,
} from './generated/sanity.types.ts'
