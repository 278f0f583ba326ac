import type {LocationBySlugQueryResult, LocationsQueryResult} from '../generated/sanity.types.ts'
import {locationBySlugQuery, locationsQuery} from '../queries/locations.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'

/** One office by slug; `null` when there is none. */
export async function getLocation(
  source: ContentSource,
  params: {slug: string},
  options: FetchOptions = {},
): Promise<LocationBySlugQueryResult> {
  if (typeof params?.slug !== 'string') throw new TypeError('getLocation needs {slug}: the office’s slug as a string.')
  return source.fetch<LocationBySlugQueryResult>(locationBySlugQuery, {slug: params.slug}, {tag: 'getLocation', ...options})
}

/** Every office, by name. */
export async function listLocations(source: ContentSource, options: FetchOptions = {}): Promise<LocationsQueryResult> {
  return source.fetch<LocationsQueryResult>(locationsQuery, {}, {tag: 'listLocations', ...options})
}
