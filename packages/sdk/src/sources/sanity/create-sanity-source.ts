import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'

import {OptionError} from '../../vocabulary/option-error.ts'
import {ContentQueryError} from '../content-query-error.ts'
import {assertPerspective, assertSignal, type ContentSource, type FetchOptions, type Perspective, type QueryParams, type QueryResult} from '../content-source.ts'

/** Options for {@link createSanitySource}. */
export interface SanitySourceOptions {
  /** The Sanity project id (Manage > Project). */
  projectId: string
  /** The dataset, e.g. `production`. */
  dataset: string
  /** A dated API version, e.g. `2025-02-19`. Required: it pins the query language. */
  apiVersion: string
  /** Read published content from Sanity's API CDN (fast, cached). Default `true`; forced off for drafts. */
  useCdn?: boolean | undefined
  /** A read token, needed for `drafts` and `raw`. Never ship one to a browser. */
  token?: string | undefined
  /** The perspective of queries that name none. Default `published`. */
  perspective?: Perspective | undefined
  /** Allow `token` in a browser bundle anyway (e.g. an authenticated preview app). Default `false`. */
  allowBrowserToken?: boolean | undefined
  /** Another API host (tests, or the local `practice-press serve`), e.g. `http://127.0.0.1:3333`. */
  apiHost?: string | undefined
  /** Put the project id in the host name (Sanity's default `true`); `false` for a local server. */
  useProjectHostname?: boolean | undefined
  /** Sanity's image CDN base, if not `https://cdn.sanity.io`. */
  imageBaseUrl?: string | undefined
}

/** A source over Sanity's Content Lake, with access to the underlying client. */
export interface SanitySource extends ContentSource {
  readonly kind: 'sanity'
  /** The `@sanity/client` instance, for anything the SDK does not wrap. */
  readonly client: SanityClient
}

/** What each required option must be, for the error. */
const REQUIRED = {
  projectId: 'be the project id, a non-empty string such as "abc123"',
  dataset: 'be the dataset, a non-empty string such as "production"',
  apiVersion: 'be a dated API version, a non-empty string such as "2025-02-19"',
} as const

const inBrowser = () => typeof window !== 'undefined' && typeof document !== 'undefined'

/**
 * A {@link ContentSource} over a Sanity project through `@sanity/client`: the hosted
 * Content Lake and its API CDN. Requests are tagged `practice-press.<function>`.
 *
 * @example
 * ```ts
 * const source = createSanitySource({projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19'})
 * ```
 * @throws {OptionError} for missing options, and for a `token` in a browser unless
 *   `allowBrowserToken` is set: a token in a bundle is readable by every visitor.
 */
export function createSanitySource(options: SanitySourceOptions): SanitySource {
  for (const [name, must] of Object.entries(REQUIRED) as [keyof typeof REQUIRED, string][]) {
    if (typeof options?.[name] !== 'string' || options[name] === '') {
      throw new OptionError({fn: 'createSanitySource', option: `options.${name}`, must, value: options?.[name]})
    }
  }
  if (options.token && inBrowser() && !options.allowBrowserToken) {
    throw new OptionError({
      fn: 'createSanitySource',
      option: 'options.token',
      must: 'not be given in a browser, where anyone can read it: query published content without a token, keep tokens on a server, or pass allowBrowserToken: true for an authenticated preview',
      got: 'a token',
    })
  }
  const defaultPerspective = options.perspective ?? 'published'
  assertPerspective(defaultPerspective, 'createSanitySource')
  const config: ClientConfig = {
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion,
    useCdn: options.useCdn ?? true,
    perspective: defaultPerspective,
    requestTagPrefix: 'practice-press',
    ...(options.token ? {token: options.token, ignoreBrowserTokenWarning: Boolean(options.allowBrowserToken)} : {}),
    ...(options.apiHost ? {apiHost: options.apiHost} : {}),
    ...(options.useProjectHostname === undefined ? {} : {useProjectHostname: options.useProjectHostname}),
  }
  const client = createClient(config)

  return {
    kind: 'sanity',
    client,
    images: {kind: 'sanity', projectId: options.projectId, dataset: options.dataset, ...(options.imageBaseUrl ? {baseUrl: options.imageBaseUrl} : {})},
    async fetch<Result = unknown, Query extends string = string>(
      query: Query,
      params: QueryParams = {},
      fetchOptions: FetchOptions = {},
    ): Promise<QueryResult<Query, Result>> {
      const perspective = fetchOptions.perspective ?? defaultPerspective
      assertPerspective(perspective, 'source.fetch')
      assertSignal(fetchOptions.signal, 'source.fetch')
      try {
        return await client.fetch<QueryResult<Query, Result>>(query as string, params as never, {
          perspective,
          // Drafts are never on the CDN: Sanity refuses `drafts` from it.
          ...(perspective === 'published' ? {} : {useCdn: false}),
          ...(fetchOptions.tag ? {tag: fetchOptions.tag} : {}),
          ...(fetchOptions.signal ? {signal: fetchOptions.signal} : {}),
        })
      } catch (error) {
        const record = error as {statusCode?: number; message?: string; details?: {description?: string}}
        const detail = record.details?.description ?? record.message ?? String(error)
        throw new ContentQueryError(`The Sanity query failed${record.statusCode ? ` (HTTP ${record.statusCode})` : ''}: ${detail}`, {
          query,
          params,
          cause: error,
          kind: 'request',
          ...(record.statusCode ? {statusCode: record.statusCode} : {}),
        })
      }
    },
  }
}
