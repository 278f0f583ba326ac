import type {AuthorBySlugQueryResult, AuthorsQueryResult} from '../generated/sanity.types.ts'
import {authorBySlugQuery, authorsQuery} from '../queries/authors.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {checkParams} from './check-params.ts'

/** One clinician's profile by slug; `null` when there is none. */
export async function getAuthor(
  source: ContentSource,
  params: {slug: string},
  options: FetchOptions = {},
): Promise<AuthorBySlugQueryResult> {
  checkParams('getAuthor', source, params, ['slug'], options)
  if (typeof params?.slug !== 'string') throw new OptionError({fn: 'getAuthor', option: 'params.slug', must: 'be the clinician’s slug as a string', value: params?.slug})
  return source.fetch<AuthorBySlugQueryResult>(authorBySlugQuery, {slug: params.slug}, {tag: 'getAuthor', ...options})
}

/** Every clinician, by name. */
export async function listAuthors(source: ContentSource, params: Record<string, never> = {}, options: FetchOptions = {}): Promise<AuthorsQueryResult> {
  checkParams('listAuthors', source, params, [], options)
  return source.fetch<AuthorsQueryResult>(authorsQuery, {}, {tag: 'listAuthors', ...options})
}
