/**
 * @practice-press/sdk: typed GROQ queries for Practice Press content, from Sanity's
 * Content Lake or from a local dataset in Sanity's export format: the queries, the content
 * functions, the two sources, the query handler, routes, image URLs, the errors and the
 * generated types. Rendering is `@practice-press/sdk/render`, import `/import`, feeds and
 * SEO `/syndication`, reading a dataset from disk `/node`, checking one `/dataset`.
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

export type {ContentSource, FetchOptions, ImageUrlStrategy, Perspective, QueryParams, QueryResult} from './sources/content-source.ts'
export {createSanitySource} from './sources/sanity/create-sanity-source.ts'
export type {SanitySource, SanitySourceOptions} from './sources/sanity/create-sanity-source.ts'
export {createDatasetSource} from './sources/dataset/create-dataset-source.ts'
export type {DatasetSource, DatasetSourceOptions} from './sources/dataset/create-dataset-source.ts'
export type {DatasetDocument} from './sources/dataset/parse-ndjson-line.ts'
export type {QueryTrace} from './sources/dataset/run-query.ts'
export {createQueryHandler} from './server/create-query-handler.ts'
export type {QueryHandlerOptions} from './server/create-query-handler.ts'

export {urlFor} from './routes/url-for.ts'
export type {Routable, RoutedType, UrlForOptions} from './routes/url-for.ts'
export {createRoutes} from './routes/create-routes.ts'
export type {Route, RoutedDocument, Routes} from './routes/create-routes.ts'
export {imageUrl, srcset} from './images/image-url.ts'
export type {FitMode, ImageFormat, ImageLike, ImageUrlOptions} from './images/image-url.ts'

export {ContentQueryError, isContentQueryError} from './sources/content-query-error.ts'
export type {ContentQueryErrorKind, QueryPosition} from './sources/content-query-error.ts'
export {isOptionError, OptionError} from './vocabulary/option-error.ts'
export {DatasetLoadError, isDatasetLoadError} from './sources/dataset/dataset-problem.ts'
export type {DatasetLoadErrorCode, DatasetLoadErrorDetails, DatasetProblem} from './sources/dataset/dataset-problem.ts'

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
