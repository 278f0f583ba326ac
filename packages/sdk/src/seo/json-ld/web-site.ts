import type {BreadcrumbListLeaf, SearchAction, WebSiteLeaf, WithActionConstraints, WithContext} from 'schema-dts'

import {SITE_ROUTES} from '../../routes/url-for.ts'
import {OptionError} from '../../vocabulary/option-error.ts'
import type {SeoPractice} from '../inputs.ts'
import {siteName, siteUrl, type SeoOptions} from '../site.ts'
import {publisher} from './blog-posting.ts'

/**
 * schema.org `WebSite` for the home page: `name`, `url`, `description`, `inLanguage`,
 * `publisher`, and a `SearchAction` whose target is `/search?q={search_term_string}`
 * (the site's search page), with `query-input` as Google's sitelinks search box reads it.
 *
 * @throws {OptionError} when neither `options.baseUrl` nor the practice gives an absolute http(s) address.
 */
export function webSiteJsonLd(practice: SeoPractice | null | undefined, options: SeoOptions = {}): WithContext<WebSiteLeaf> {
  const baseUrl = siteUrl(practice, options, 'webSiteJsonLd')
  const site: WithContext<WebSiteLeaf> = {'@context': 'https://schema.org', '@type': 'WebSite', name: siteName(practice, baseUrl), url: `${baseUrl}/`}
  if (practice?.description) site.description = practice.description
  const language = practice?.feed?.language?.trim()
  if (language) site.inLanguage = language
  site.publisher = publisher(practice, baseUrl)
  const search: WithActionConstraints<SearchAction & {'@type': 'SearchAction'}> = {
    '@type': 'SearchAction',
    target: {'@type': 'EntryPoint', urlTemplate: `${baseUrl}${SITE_ROUTES.search}?q={search_term_string}`},
    'query-input': 'required name=search_term_string',
  }
  site.potentialAction = search
  return site
}

/** One step of a breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string
  url: string
}

/**
 * schema.org `BreadcrumbList`: one `ListItem` per step, `position` from 1, each with
 * `name` and `item` (its URL), e.g. Home > Trust > How to repair after an argument.
 *
 * @throws {OptionError} naming `trail` when it is not an array, or `trail[i]` when a step is not `{name, url}`.
 */
export function breadcrumbListJsonLd(trail: readonly Crumb[]): WithContext<BreadcrumbListLeaf> {
  if (!Array.isArray(trail)) throw new OptionError({fn: 'breadcrumbListJsonLd', option: 'trail', must: 'be an array of crumbs {name, url}, home first', value: trail})
  for (const [index, crumb] of trail.entries()) {
    if (typeof crumb?.name !== 'string' || typeof crumb.url !== 'string') {
      throw new OptionError({fn: 'breadcrumbListJsonLd', option: `trail[${index}]`, must: 'be a crumb {name, url}, both strings', value: crumb})
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({'@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url})),
  }
}
