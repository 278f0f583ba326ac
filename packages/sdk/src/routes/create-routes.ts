import {OptionError} from '../vocabulary/option-error.ts'
import {DEFAULT_PATTERNS, routesFrom} from './default-routes.ts'

/** A document with a page, as a route sees it: its type and its slug. */
export interface RoutedDocument {
  _type: string
  slug: string
}

/**
 * The site's routes: the path (`/blog/my-post`) or absolute URL of a document's page, or
 * `undefined` when it has none. Make one with {@link createRoutes}, or write the function.
 */
export type Routes = (doc: RoutedDocument) => string | undefined

/** One route: a pattern with `{slug}` (`/blog/{slug}`), a function, or `null` for no page. */
export type Route = string | ((doc: RoutedDocument) => string | undefined) | null

/**
 * The site's routes from a route map, merged over the defaults (`/articles/{slug}`,
 * `/topics/{slug}`, `/authors/{slug}`, `/locations/{slug}`). Give it once and pass the
 * result as the `routes` option of `urlFor`, the renderers, the feeds, the sitemap, the
 * meta tags, the JSON-LD and the cross-post, so every internal link agrees. The slug is
 * URL-encoded into a pattern; a function gets it as stored and returns a path or URL.
 *
 * @example
 * ```ts
 * const routes = createRoutes({article: '/blog/{slug}', location: (doc) => `/offices#${doc.slug}`})
 * urlFor({_type: 'article', slug: 'repair'}, {routes}) // '/blog/repair'
 * ```
 * @throws {OptionError} for a pattern without `{slug}` or not starting with `/` or `http(s)://`,
 *   or a route that is not a pattern, a function or `null`.
 */
export function createRoutes(map: Readonly<Record<string, Route>> = {}): Routes {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw new OptionError({fn: 'createRoutes', option: 'map', must: "be an object of routes by _type, e.g. {article: '/blog/{slug}'}", value: map})
  }
  const table = new Map<string, Exclude<Route, null>>(DEFAULT_PATTERNS)
  for (const [type, route] of Object.entries(map)) {
    if (route === null) table.delete(type)
    else if (typeof route === 'function') table.set(type, route)
    else if (typeof route === 'string' && route.includes('{slug}') && /^(\/|https?:\/\/)/.test(route)) table.set(type, route)
    else {
      throw new OptionError({
        fn: 'createRoutes',
        option: `map.${type}`,
        must: 'be a pattern with {slug} starting with "/" or "https://" (e.g. "/blog/{slug}"), a function (doc) => path, or null',
        value: route,
      })
    }
  }
  return routesFrom(table)
}
