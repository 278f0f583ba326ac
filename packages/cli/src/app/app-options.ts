import type {ContentSource} from '@practice-press/sdk'

import {checkCorsOrigins} from './lib/cors-origins.ts'

/** Options for {@link createApp}. Nothing here touches a file system: the app runs on Node and in workerd alike. */
export interface AppOptions {
  /**
   * Where the content comes from: a source, or a function returning the current one (the
   * Node entry swaps sources when the dataset on disk changes; caches follow the swap).
   */
  source: ContentSource | (() => ContentSource)
  /**
   * The site's public address for every absolute URL (canonical links, feeds, sitemaps,
   * JSON-LD), e.g. `https://www.example.com`, over the practice settings' "Website
   * address". Default: that address; without one, the first of `servedOrigins`, else
   * `http://localhost`. The request's Host is never used unless `requestOrigin` says so.
   */
  baseUrl?: string
  /**
   * The origins this server answers on, e.g. `['http://127.0.0.1:3333', 'http://localhost:3333']`
   * (a function when they are known only once it listens). The first is the address used
   * when neither `baseUrl` nor the practice settings give one.
   */
  servedOrigins?: readonly string[] | (() => readonly string[])
  /**
   * Local development: a request made to one of `servedOrigins` builds its absolute URLs
   * from that origin (a page opened at `http://localhost:3333` links to it), over the
   * practice's address. A request with any other Host still gets the practice's address,
   * so a Host header never reaches an output. Needs `servedOrigins`; cannot go with `baseUrl`. Default `false`.
   */
  requestOrigin?: boolean
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
  /** `baseUrl` without its trailing slashes. */
  baseUrl?: string
  currentServedOrigins: () => readonly string[]
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
  const {servedOrigins} = options
  if (servedOrigins !== undefined && typeof servedOrigins !== 'function' && !(Array.isArray(servedOrigins) && servedOrigins.every(isOrigin))) {
    throw new TypeError(`servedOrigins must be a list of origins such as ["http://127.0.0.1:3333"]; got ${JSON.stringify(servedOrigins)}.`)
  }
  if (options.requestOrigin && servedOrigins === undefined) throw new TypeError('requestOrigin needs servedOrigins: the origins whose requests may build URLs from their own origin.')
  if (options.requestOrigin && options.baseUrl !== undefined) throw new TypeError('requestOrigin and baseUrl cannot go together: baseUrl fixes every absolute URL.')
  const maxQueryLength = options.maxQueryLength ?? 10_000
  if (!Number.isInteger(maxQueryLength) || maxQueryLength < 1) throw new TypeError(`maxQueryLength must be a positive whole number; got ${maxQueryLength}.`)
  if (options.corsOrigins !== undefined && !Array.isArray(options.corsOrigins)) throw new TypeError('corsOrigins must be an array of origins, such as ["http://localhost:3000"].')
  const corsOrigins = checkCorsOrigins(options.corsOrigins ?? [])
  const source = options.source
  const {baseUrl, ...rest} = options
  return {
    ...rest,
    ...(baseUrl === undefined ? {} : {baseUrl: baseUrl.replace(/\/+$/, '')}),
    currentSource: typeof source === 'function' ? source : () => source,
    currentServedOrigins: typeof servedOrigins === 'function' ? servedOrigins : () => servedOrigins ?? [],
    corsOrigins,
    dataset: options.dataset ?? 'production',
    maxQueryLength,
    pageCacheEntries: options.pageCacheEntries ?? 500,
    pageCacheMs: options.pageCacheMs ?? 60_000,
  }
}

/** `http(s)://host[:port]` with nothing after it. */
function isOrigin(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value
}
