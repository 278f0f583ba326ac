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

/** Options for one query. */
export interface FetchOptions {
  /** Default: the source's perspective, `published` unless configured otherwise. */
  perspective?: Perspective
  /** A label for logs and request tags, e.g. `practice-press.getArticle`. */
  tag?: string
  /** Cancels the query. */
  signal?: AbortSignal
}

/**
 * Anything that answers GROQ: Sanity's Content Lake (`createSanitySource`) or a local
 * dataset (`createDatasetSource`, `openDataset`). Every typed function of the SDK is built
 * on `fetch`, so any query a user writes runs on either.
 */
export interface ContentSource {
  /** Runs a GROQ query and resolves to its result. */
  fetch<Result = unknown>(query: string, params?: QueryParams, options?: FetchOptions): Promise<Result>
  /** Builds a URL for an image asset (see `imageUrl`). */
  readonly images: ImageUrlStrategy
  /** What kind of source this is, for messages and tests. */
  readonly kind: 'sanity' | 'dataset'
}

/** How a source turns an image into URLs: Sanity's CDN or the local image server. */
export type ImageUrlStrategy =
  | {kind: 'sanity'; projectId: string; dataset: string; baseUrl?: string}
  | {kind: 'dataset'; assetBaseUrl: string}

/** Throws a clear error for a perspective that does not exist. */
export function assertPerspective(value: unknown, option = 'perspective'): asserts value is Perspective {
  if (!PERSPECTIVES.includes(value as Perspective)) {
    throw new TypeError(`${option} must be one of ${PERSPECTIVES.map((p) => `"${p}"`).join(', ')}; got ${JSON.stringify(value)}.`)
  }
}
