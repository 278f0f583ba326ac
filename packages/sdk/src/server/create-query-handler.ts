import {assertSource, type ContentSource} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {answerDocuments} from './answer-documents.ts'
import {answerQuery} from './answer-query.ts'
import {apiError} from './responses.ts'

/** Options for {@link createQueryHandler}. */
export interface QueryHandlerOptions {
  /** The dataset name in the URL. Default `production`; any other answers 404. */
  dataset?: string | undefined
  /**
   * The token that unlocks the `drafts` and `raw` perspectives, and drafts by id
   * (`Authorization: Bearer <token>`): a secret of at least 16 characters (as
   * `openssl rand -hex 16` makes), since anyone who guesses it reads drafts. Without it,
   * only published content is ever served.
   */
  previewToken?: string | undefined
}

/** The shortest preview token accepted: as long as the CLI's preview secret must be. */
const MIN_TOKEN_LENGTH = 16

const PATH = /^\/v(1|X|\d{4}-\d{2}-\d{2})\/data\/(query|doc)\/([^/]+)(?:\/([^/]+))?\/?$/

/**
 * A web-standard `(Request) => Promise<Response>` that answers Sanity's HTTP query API from
 * any source, so `@sanity/client`, or a frontend in any language, runs against it unchanged:
 * - `GET` and `POST /v{apiVersion}/data/query/{dataset}`: `{query, result, ms}`;
 * - `GET /v{apiVersion}/data/doc/{dataset}/{ids}`: `{documents, omitted}` (`getDocument`,
 *   `getDocuments`).
 *
 * `published` is the default perspective for every API version; `drafts` and `raw` need
 * the preview token. Every perspective form `@sanity/client` 8 sends is read: a name, the
 * deprecated `previewDrafts` (answered as `drafts`, as the Content Lake does), a
 * comma-separated stack (`drafts,published` is `drafts`); stacks naming a release get a 400
 * that says releases are not supported. Errors have Sanity's statuses and shapes: 400 for a
 * syntax error or a parameter the query names but was not given, 500 for a query that could
 * not be evaluated. For Node, `createQueryListener` (from `/node`) serves it.
 *
 * @example
 * ```ts
 * const handle = createQueryHandler(await openDataset('content'), {previewToken: process.env.PREVIEW_TOKEN})
 * const response = await handle(new Request('http://localhost/v2025-02-19/data/query/production?query=count(*)'))
 * ```
 *
 * @throws {OptionError} when `source` is not a ContentSource, `options` is not an object, or
 *   `options.previewToken` is neither undefined nor a string of at least 16 characters.
 */
export function createQueryHandler(source: ContentSource, options: QueryHandlerOptions = {}): (request: Request) => Promise<Response> {
  assertSource(source, 'createQueryHandler')
  if (typeof options !== 'object' || options === null) throw new OptionError({fn: 'createQueryHandler', option: 'options', must: 'be an object or undefined', value: options})
  checkPreviewToken(options.previewToken, 'createQueryHandler')
  const dataset = options.dataset ?? 'production'
  return async (request) => {
    const url = new URL(request.url)
    const match = PATH.exec(url.pathname)
    const endpoint = match?.[2]
    const ids = match?.[4]
    if (!match || (endpoint === 'query' && ids !== undefined) || (endpoint === 'doc' && ids === undefined)) {
      return apiError(404, 'Not Found', `No such endpoint: ${url.pathname}. Queries go to /v{apiVersion}/data/query/{dataset}, documents by id to /v{apiVersion}/data/doc/{dataset}/{ids}.`)
    }
    const named = decodeURIComponent(match[3] ?? '')
    if (named !== dataset) return apiError(404, 'Not Found', `Dataset "${named}" not found.`)
    if (endpoint === 'doc') {
      if (request.method !== 'GET') return apiError(405, 'Method Not Allowed', 'Use GET.', {allow: 'GET'})
      return answerDocuments(source, request, ids ?? '', options.previewToken)
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
      return apiError(405, 'Method Not Allowed', 'Use GET or POST.', {allow: 'GET, POST'})
    }
    return answerQuery(source, request, url, options.previewToken)
  }
}

/**
 * Checks a preview token: undefined (no preview), or a secret long enough not to be guessed.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} naming `options.previewToken` otherwise.
 */
export function checkPreviewToken(value: unknown, fn: string): void {
  if (value === undefined || (typeof value === 'string' && value.length >= MIN_TOKEN_LENGTH)) return
  throw new OptionError({
    fn,
    option: 'options.previewToken',
    must: `be a secret string of at least ${MIN_TOKEN_LENGTH} characters (e.g. from "openssl rand -hex 16"), or undefined for no preview`,
    // A short token is not shown: it is a secret, and error messages end up in logs.
    ...(typeof value === 'string' ? {got: `a string of ${value.length} characters`} : {value}),
  })
}
