import {isContentQueryError} from '../sources/content-query-error.ts'
import type {ContentSource, QueryParams} from '../sources/content-source.ts'
import {requestPerspective} from './request-perspective.ts'

/** Options for {@link createQueryHandler}. */
export interface QueryHandlerOptions {
  /** The dataset name in the URL. Default `production`; any other answers 404. */
  dataset?: string
  /**
   * The token that unlocks the `drafts` and `raw` perspectives (`Authorization: Bearer
   * <token>`). Without it, only published content is ever served.
   */
  previewToken?: string
}

const PATH = /^\/v(1|X|\d{4}-\d{2}-\d{2})\/data\/query\/([^/]+)\/?$/

/**
 * A web-standard `(Request) => Promise<Response>` that answers Sanity's HTTP query API
 * (`GET` and `POST /v{apiVersion}/data/query/{dataset}`) from any source, so
 * `@sanity/client`, or a frontend in any language, runs against it unchanged.
 * `published` is the default perspective for every API version; `drafts` and `raw` need
 * the preview token. Every perspective form `@sanity/client` 8 sends is read: a name, the
 * deprecated `previewDrafts` (answered as `drafts`, as the Content Lake does), a
 * comma-separated stack (`drafts,published` is `drafts`); stacks naming a release get a 400
 * that says releases are not supported.
 *
 * @example
 * ```ts
 * import {createServer} from 'node:http'
 * const handle = createQueryHandler(await openDataset('content'))
 * // GET /v2025-02-19/data/query/production?query=*[_type=="article"]{title}
 * ```
 */
export function createQueryHandler(source: ContentSource, options: QueryHandlerOptions = {}): (request: Request) => Promise<Response> {
  const dataset = options.dataset ?? 'production'
  return async (request) => {
    const url = new URL(request.url)
    const match = PATH.exec(url.pathname)
    if (!match) return error(404, 'Not Found', `No such endpoint: ${url.pathname}. Queries go to /v{apiVersion}/data/query/{dataset}.`)
    if (decodeURIComponent(match[2] ?? '') !== dataset) {
      return error(404, 'Not Found', `Dataset "${decodeURIComponent(match[2] ?? '')}" not found.`)
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
      return error(405, 'Method Not Allowed', 'Use GET or POST.', {allow: 'GET, POST'})
    }
    let input: {query: unknown; params: QueryParams; perspective: unknown}
    try {
      input = request.method === 'GET' ? fromSearch(url.searchParams) : await fromBody(request, url.searchParams)
    } catch (problem) {
      return queryError(400, (problem as Error).message, '')
    }
    if (typeof input.query !== 'string' || input.query.trim() === '') {
      return queryError(400, 'Missing the "query" parameter: a GROQ query.', '')
    }
    const asked = requestPerspective(input.perspective)
    if (!asked.ok) return error(400, 'Bad Request', asked.message)
    const {perspective} = asked
    if (perspective !== 'published' && !authorized(request, options.previewToken)) {
      return error(401, 'Unauthorized', `The "${perspective}" perspective needs a valid preview token.`)
    }
    const started = performance.now()
    try {
      const result = await source.fetch(input.query, input.params, {perspective})
      const ms = Math.round(performance.now() - started)
      return json(200, {query: input.query, result, ms})
    } catch (problem) {
      if (isContentQueryError(problem) && problem.position) {
        return queryError(400, problem.message, input.query, problem.position)
      }
      return queryError(400, isContentQueryError(problem) ? problem.message : 'The query failed.', input.query)
    }
  }
}

function fromSearch(search: URLSearchParams) {
  const params: QueryParams = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new Error(`Unable to parse value of "${key}=${value}": parameters are JSON, e.g. $slug="hello".`)
    }
  }
  return {query: search.get('query'), params, perspective: search.get('perspective') ?? undefined}
}

async function fromBody(request: Request, search: URLSearchParams) {
  let body: {query?: unknown; params?: unknown; perspective?: unknown}
  try {
    body = (await request.json()) as typeof body
  } catch {
    throw new Error('The request body must be JSON: {"query": "...", "params": {...}}.')
  }
  const params = body.params === undefined ? {} : body.params
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new Error('"params" must be a JSON object.')
  return {query: body.query, params: params as QueryParams, perspective: body.perspective ?? search.get('perspective') ?? undefined}
}

function authorized(request: Request, token: string | undefined): boolean {
  if (!token) return false
  const header = request.headers.get('authorization') ?? ''
  const given = header.startsWith('Bearer ') ? header.slice(7) : ''
  return constantTimeEqual(given, token)
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a)
  const right = new TextEncoder().encode(b)
  let difference = left.length ^ right.length
  for (let index = 0; index < right.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0)
  return difference === 0
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json; charset=utf-8', ...headers}})
}

function error(status: number, name: string, message: string, headers: Record<string, string> = {}): Response {
  return json(status, {statusCode: status, error: name, message}, headers)
}

/** Sanity's shape for a query that cannot run: `{error: {type: 'queryParseError', description, query, start, end}}`. */
function queryError(status: number, description: string, query: string, position?: {line: number; column: number}): Response {
  const start = position ? offsetOf(query, position) : 0
  return json(status, {error: {type: 'queryParseError', description, query, start, end: start + 1}})
}

function offsetOf(text: string, position: {line: number; column: number}): number {
  const lines = text.split('\n').slice(0, position.line - 1)
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + position.column - 1
}
