/** The document types that have a page of their own. */
export type RoutedType = 'article' | 'topic' | 'author' | 'location'

/** Anything with a type and a slug: a query result, a link target, a full document. */
export interface Routable {
  _type: string
  /** The slug as a string (what the SDK's queries return) or as Sanity stores it. */
  slug?: string | {current?: string | null} | null
  /** An article first published elsewhere names its original here; it wins for articles. */
  canonicalUrl?: string | null
}

/** Options for {@link urlFor}. */
export interface UrlForOptions {
  /** The site's address, e.g. `https://www.example.com`. Without it, URLs are root-relative. */
  baseUrl?: string
  /** For articles: ignore `canonicalUrl` and give this site's own address. Default `false`. */
  local?: boolean
}

/** Path prefixes of the routed types. */
export const ROUTE_PREFIXES: Readonly<Record<RoutedType, string>> = {
  article: '/articles/',
  topic: '/topics/',
  author: '/authors/',
  location: '/locations/',
}

/** The site's fixed pages. */
export const SITE_ROUTES = {
  search: '/search',
  rss: '/rss.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
} as const

/** Joins a base URL and a path, with exactly one slash between them. */
export function joinUrl(baseUrl: string | undefined, path: string): string {
  if (!baseUrl) return path
  return `${baseUrl.replace(/\/+$/, '')}${path}`
}

function slugOf(doc: Routable): string | undefined {
  const slug = typeof doc.slug === 'string' ? doc.slug : doc.slug?.current
  return slug ? slug : undefined
}

/**
 * The URL of a document's page: `/articles/{slug}`, `/topics/{slug}`, `/authors/{slug}`,
 * `/locations/{slug}`, under `baseUrl` when given. An article's own `canonicalUrl` wins
 * (unless `local`). `undefined` when the type has no page or the document has no slug.
 *
 * @example
 * ```ts
 * urlFor({_type: 'article', slug: 'repair'}, {baseUrl: 'https://www.example.com'})
 * // 'https://www.example.com/articles/repair'
 * ```
 */
export function urlFor(doc: Routable, options: UrlForOptions = {}): string | undefined {
  if (doc._type === 'article' && doc.canonicalUrl && !options.local) return doc.canonicalUrl
  const prefix = ROUTE_PREFIXES[doc._type as RoutedType]
  const slug = slugOf(doc)
  if (!prefix || !slug) return undefined
  return joinUrl(options.baseUrl, `${prefix}${encodeURIComponent(slug)}`)
}

/** The search page's URL for a query. */
export function searchUrl(query: string, options: {baseUrl?: string} = {}): string {
  return joinUrl(options.baseUrl, `${SITE_ROUTES.search}?q=${encodeURIComponent(query)}`)
}
