import type {ClientReturn} from '@sanity/client'

import {OptionError} from '../vocabulary/option-error.ts'

/**
 * Which version of each document a query sees, with Sanity's documented semantics:
 * - `published` never returns a `drafts.` (or release version) document or a field of one;
 * - `drafts` overlays each draft on its published document: the `_id` is the published id
 *   and `_originalId` the draft's; documents with no draft are returned as published;
 * - `raw` returns every document side by side.
 */
export type Perspective = 'published' | 'drafts' | 'raw'

/** The perspectives a source accepts, for validating input. */
export const PERSPECTIVES: readonly Perspective[] = ['published', 'drafts', 'raw']

/** GROQ parameters: `$name` in the query is `params.name`. */
export type QueryParams = Record<string, unknown>

/**
 * What `fetch(query)` resolves to: the result type Sanity TypeGen registered for this exact
 * query string (its `SanityQueries` map, written when `overloadClientMethods` is on), else
 * `Fallback` (the type argument given to `fetch`, `unknown` by default). A query written
 * with `defineQuery` keeps its literal text as its type, which is what the map is keyed by.
 */
export type QueryResult<Query extends string, Fallback = unknown> = ClientReturn<Query, Fallback>

/** Options for one query. */
export interface FetchOptions {
  /** Default: the source's perspective, `published` unless configured otherwise. */
  perspective?: Perspective | undefined
  /** A label for logs and request tags, e.g. `practice-press.getArticle`. */
  tag?: string | undefined
  /** Cancels the query. */
  signal?: AbortSignal | undefined
}

/**
 * Anything that answers GROQ: Sanity's Content Lake (`createSanitySource`) or a local
 * dataset (`createDatasetSource`, `openDataset`). Every typed function of the SDK is built
 * on `fetch`, so any query a user writes runs on either.
 */
export interface ContentSource {
  /**
   * Runs a GROQ query and resolves to its result. A query TypeGen knows (written with
   * `defineQuery` in a file its `path` globs cover) is typed from the schema; any other
   * resolves to `Result` (`unknown` unless given).
   */
  fetch<Result = unknown, Query extends string = string>(query: Query, params?: QueryParams, options?: FetchOptions): Promise<QueryResult<Query, Result>>
  /** Builds a URL for an image asset (see `imageUrl`). */
  readonly images: ImageUrlStrategy
  /** What kind of source this is, for messages and tests. */
  readonly kind: 'sanity' | 'dataset'
}

/** How a source turns an image into URLs: Sanity's CDN or the local image server. */
export type ImageUrlStrategy =
  | {kind: 'sanity'; projectId: string; dataset: string; baseUrl?: string}
  | {kind: 'dataset'; assetBaseUrl: string}

/**
 * Throws a clear error for a perspective that does not exist.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} naming `options.perspective` and the perspectives there are.
 */
export function assertPerspective(value: unknown, fn: string): asserts value is Perspective {
  if (!PERSPECTIVES.includes(value as Perspective)) {
    throw new OptionError({fn, option: 'options.perspective', must: `be one of ${PERSPECTIVES.map((p) => `"${p}"`).join(', ')}`, value})
  }
}

/**
 * Checks a content function's first argument: a source, as `createDatasetSource` or
 * `createSanitySource` makes it (an object with a `fetch` function).
 *
 * @throws {OptionError} naming `source` otherwise.
 */
export function assertSource(value: unknown, fn: string): asserts value is ContentSource {
  if (typeof (value as ContentSource | null | undefined)?.fetch !== 'function') {
    throw new OptionError({fn, option: 'source', must: 'be a ContentSource from createDatasetSource or createSanitySource', value})
  }
}

/**
 * Checks `source.fetch`'s `signal`: undefined or an `AbortSignal`.
 *
 * @throws {OptionError} naming `options.signal` otherwise.
 */
export function assertSignal(value: unknown, fn: string): void {
  // Read by shape, not instanceof: a signal from another realm (a test environment, a worker) is one too.
  const signal = value as AbortSignal | null
  if (value !== undefined && (typeof signal?.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) throw new OptionError({fn, option: 'options.signal', must: 'be an AbortSignal (from an AbortController)', value})
}
