import {Hono} from 'hono'

import type {AppEnv} from './app-env.ts'
import {resolveAppOptions, type AppOptions} from './app-options.ts'
import {accessLog} from './middleware/access-log.ts'
import {headContentLength} from './middleware/head-content-length.ts'
import {queryApiCors} from './middleware/query-api-cors.ts'
import {requestContext} from './middleware/request-context.ts'
import {responseCache} from './middleware/response-cache.ts'
import {securityHeaders} from './middleware/security-headers.ts'
import {trimTrailingSlash} from './middleware/trailing-slash.ts'
import {article} from './routes/article.ts'
import {contact} from './routes/contact.ts'
import {author} from './routes/author.ts'
import {feed, robots, sitemap} from './routes/feeds.ts'
import {home} from './routes/home.ts'
import {image} from './routes/images.ts'
import {location} from './routes/location.ts'
import {health, stylesheet} from './routes/machine.ts'
import {notFound, serverError} from './routes/not-found.ts'
import {enterPreview, exitPreview} from './routes/preview.ts'
import {queryApi} from './routes/query-api.ts'
import {search} from './routes/search.ts'
import {topic} from './routes/topic.ts'

/** Sanity's API paths: `/v1`, `/vX` or `/v2025-02-19`, then `/data/...`. */
const QUERY_API = '/:version{v(?:1|X|\\d{4}-\\d{2}-\\d{2})}/data'

/**
 * The delivery app: pages, images, Sanity's query API, health, as web-standard handlers
 * (Hono). It touches no file system, so the same app runs on Node (`practice-press
 * serve`) and in an edge runtime such as workerd.
 *
 * @example
 * ```ts
 * import {createDatasetSource} from '@practice-press/sdk'
 * const app = createApp({source: createDatasetSource(documents)})
 * const response = await app.fetch(new Request('http://localhost/'))
 * ```
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const resolved = resolveAppOptions(options)
  const app = new Hono<AppEnv>()
  app.use(accessLog(resolved.log))
  app.use(headContentLength())
  app.use(trimTrailingSlash())
  app.use(requestContext(resolved))
  // The cache keeps responses with their security headers: a hit sets no header at all.
  app.use(responseCache(resolved))
  app.use(securityHeaders())

  app.get('/', home)
  app.get('/articles/:slug', article)
  app.get('/topics/:slug', topic)
  app.get('/authors/:slug', author)
  app.get('/locations/:slug', location)
  app.get('/search', search)
  app.get('/contact', contact)
  app.get('/rss.xml', feed)
  app.get('/atom.xml', feed)
  app.get('/feed.json', feed)
  app.get('/topics/:slug/:file{rss\\.xml|atom\\.xml|feed\\.json}', feed)
  app.get('/authors/:slug/:file{rss\\.xml|atom\\.xml|feed\\.json}', feed)
  app.get('/sitemap.xml', sitemap)
  app.get('/:file{sitemap-\\d+\\.xml}', sitemap)
  app.get('/robots.txt', robots)
  app.get('/health', health)
  app.get('/assets/site.css', stylesheet)
  app.get('/images/:file', image)
  app.get('/preview', enterPreview)
  app.get('/preview/exit', exitPreview)
  if (resolved.corsOrigins.length > 0) app.use(`${QUERY_API}/*`, queryApiCors(resolved.corsOrigins))
  app.on(['GET', 'POST'], `${QUERY_API}/query/:dataset`, queryApi)
  app.get(`${QUERY_API}/doc/:dataset/:ids`, queryApi)

  app.notFound(notFound)
  app.onError(serverError)
  return app
}
