import type {ContentSource} from '@practice-press/sdk'

import {checkCorsOrigins} from './lib/cors-origins.ts'

/** Options for {@link createApp}. Nothing here touches a file system: the app runs on Node and in workerd alike. */
export interface AppOptions {
  /**
   * Where the content comes from: a source, or a function returning the current one (the
   * Node entry swaps sources when the dataset on disk changes; caches follow the swap).
   */
  source: ContentSource | (() => ContentSource)
  /** The site's public address for canonical URLs and feeds, e.g. `https://www.example.com`. Default: the request's origin. */
  baseUrl?: string
  /**
   * The preview secret. With it, `/preview?secret=` sets a cookie that shows drafts and
   * scheduled articles, and the query API accepts it as a bearer token. Without it, no
   * draft or scheduled article is reachable.
   */
  previewSecret?: string
  /** The dataset name in the query API's path. Default `production`. */
  dataset?: string
  /** Answers `/images/{file}` (the SDK's assetBaseUrl). Without it, images are 404. */
  images?: (request: Request, file: string) => Promise<Response>
  /** Answers the query API. Default: the SDK's `createQueryHandler` in this thread (see the Node entry's worker for a time limit). */
  queryApi?: (request: Request, source: ContentSource) => Promise<Response>
  /**
   * Origins whose browser pages may call the query API (`/v1/data/query`, `/v1/data/doc`),
   * as a Sanity project's CORS origins: e.g. `['http://localhost:3000']`, or `['*']` for any.
   * Default none: only same-origin pages and non-browser clients.
   */
  corsOrigins?: readonly string[]
  /** The longest GROQ query accepted, in characters. Default 10,000. */
  maxQueryLength?: number
  /** Receives one access-log line per request: `GET /path 200 3ms`. The query string is never logged. */
  log?: (line: string) => void
  /** Receives errors that became a 500 page. Default `console.error`. */
  onError?: (error: unknown) => void
  /** How many rendered responses to keep. Default 500; 0 turns the cache off. */
  pageCacheEntries?: number
  /** How long a rendered response is reused, in milliseconds (scheduled articles appear within it). Default 60,000. */
  pageCacheMs?: number
}

/** The options with defaults filled in. */
export interface ResolvedAppOptions extends AppOptions {
  currentSource: () => ContentSource
  corsOrigins: readonly string[]
  dataset: string
  maxQueryLength: number
  pageCacheEntries: number
  pageCacheMs: number
}

/** Checks the options and fills in defaults; throws a `TypeError` naming a bad option. */
export function resolveAppOptions(options: AppOptions): ResolvedAppOptions {
  if (!options || (typeof options.source !== 'function' && typeof options.source?.fetch !== 'function')) {
    throw new TypeError('createApp needs {source}: a ContentSource, or a function that returns the current one.')
  }
  if (options.baseUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.baseUrl)) {
    throw new TypeError(`baseUrl must be an http(s) URL such as https://www.example.com; got ${JSON.stringify(options.baseUrl)}.`)
  }
  const maxQueryLength = options.maxQueryLength ?? 10_000
  if (!Number.isInteger(maxQueryLength) || maxQueryLength < 1) throw new TypeError(`maxQueryLength must be a positive whole number; got ${maxQueryLength}.`)
  if (options.corsOrigins !== undefined && !Array.isArray(options.corsOrigins)) throw new TypeError('corsOrigins must be an array of origins, such as ["http://localhost:3000"].')
  const corsOrigins = checkCorsOrigins(options.corsOrigins ?? [])
  const source = options.source
  return {
    ...options,
    currentSource: typeof source === 'function' ? source : () => source,
    corsOrigins,
    dataset: options.dataset ?? 'production',
    maxQueryLength,
    pageCacheEntries: options.pageCacheEntries ?? 500,
    pageCacheMs: options.pageCacheMs ?? 60_000,
  }
}
