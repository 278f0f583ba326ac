import type {Route, Routes} from './create-routes.ts'

/** The document types that have a page of their own. */
export type RoutedType = 'article' | 'topic' | 'author' | 'location'

/** The path prefix of each routed type's pages: `/articles/{slug}`, and so on. */
export const ROUTE_PREFIXES: Readonly<Record<RoutedType, string>> = {
  article: '/articles/',
  topic: '/topics/',
  author: '/authors/',
  location: '/locations/',
}

/** The default route of each routed type, as a pattern: `/articles/{slug}`, ... */
export const DEFAULT_PATTERNS: ReadonlyMap<string, string> = new Map(Object.entries(ROUTE_PREFIXES).map(([type, prefix]) => [type, `${prefix}{slug}`]))

/**
 * Routes from a checked table of patterns (`{slug}` replaced by the URL-encoded slug) and
 * functions (given the slug as stored), by `_type`; a type not in the table has no page.
 * `createRoutes` checks a developer's map and calls this; {@link defaultRoutes} is it over
 * the defaults, so a page that only renders links carries no route checks.
 */
export function routesFrom(table: ReadonlyMap<string, Exclude<Route, null>>): Routes {
  return (doc) => {
    const route = table.get(doc._type)
    if (route === undefined) return undefined
    return typeof route === 'function' ? route(doc) : route.replaceAll('{slug}', encodeURIComponent(doc.slug))
  }
}

/** The default routes: `/articles/{slug}`, `/topics/{slug}`, `/authors/{slug}`, `/locations/{slug}`. */
export const defaultRoutes: Routes = routesFrom(DEFAULT_PATTERNS)
