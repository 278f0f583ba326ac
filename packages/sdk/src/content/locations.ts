import type {LocationBySlugQueryResult, LocationsQueryResult} from '../generated/sanity.types.ts'
import {locationBySlugQuery, locationsQuery} from '../queries/locations.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkParams} from './check-params.ts'

/** One office by slug; `null` when there is none. */
export async function getLocation(
  source: ContentSource,
  params: {slug: string},
  options: FetchOptions = {},
): Promise<LocationBySlugQueryResult> {
  checkParams('getLocation', source, params, ['slug'], options)
  if (typeof params?.slug !== 'string') throw new OptionError({fn: 'getLocation', option: 'params.slug', must: 'be the office’s slug as a string', value: params?.slug})
  return source.fetch<LocationBySlugQueryResult>(locationBySlugQuery, {slug: params.slug}, {tag: 'getLocation', ...options})
}

/** Every office, by name. */
export async function listLocations(source: ContentSource, params: Record<string, never> = {}, options: FetchOptions = {}): Promise<LocationsQueryResult> {
  checkParams('listLocations', source, params, [], options)
  return source.fetch<LocationsQueryResult>(locationsQuery, {}, {tag: 'listLocations', ...options})
}
