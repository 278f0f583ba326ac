import {isContentQueryError} from '../sources/content-query-error.ts'
import type {ContentSource} from '../sources/content-source.ts'
import {hasPreviewToken} from './preview-token.ts'
import {readQueryInput, type QueryInput} from './read-query-input.ts'
import {requestPerspective} from './request-perspective.ts'
import {apiError, json, queryParseError} from './responses.ts'

/**
 * Answers `GET`/`POST /v{apiVersion}/data/query/{dataset}` with `{query, result, ms}`, or
 * with the status Sanity gives: 400 for a bad request, a syntax error or a parameter the
 * query names but was not given; 401 for drafts or raw without the preview token; 500 for
 * a query that parsed but could not be evaluated (`@sanity/client` raises `ServerError`).
 */
export async function answerQuery(source: ContentSource, request: Request, url: URL, previewToken: string | undefined): Promise<Response> {
  let input: QueryInput
  try {
    input = await readQueryInput(request, url.searchParams)
  } catch (problem) {
    return queryParseError((problem as Error).message, '')
  }
  if (typeof input.query !== 'string' || input.query.trim() === '') {
    return queryParseError('Missing the "query" parameter: a GROQ query.', '')
  }
  const asked = requestPerspective(input.perspective)
  if (!asked.ok) return apiError(400, 'Bad Request', asked.message)
  const {perspective} = asked
  if (perspective !== 'published' && !hasPreviewToken(request, previewToken)) {
    return apiError(401, 'Unauthorized', `The "${perspective}" perspective needs a valid preview token.`)
  }
  const started = performance.now()
  try {
    const result = await source.fetch(input.query, input.params, {perspective})
    const ms = Math.round(performance.now() - started)
    return json(200, {query: input.query, result, ms})
  } catch (problem) {
    return failure(problem, input.query)
  }
}

function failure(problem: unknown, query: string): Response {
  if (!isContentQueryError(problem)) return apiError(500, 'Internal Server Error', 'The query failed.')
  // Errors from an older copy of the SDK carry no kind: a position still means a syntax error.
  const kind = problem.kind ?? (problem.position ? 'syntax' : 'evaluation')
  if (kind === 'syntax') return queryParseError(problem.message, query, problem.position)
  if (kind === 'parameter') return queryParseError(problem.message, query, problem.position, (problem.parameter?.length ?? 0) + 1)
  if (kind === 'request' && problem.statusCode && problem.statusCode >= 400) {
    return apiError(problem.statusCode, problem.statusCode >= 500 ? 'Bad Gateway' : 'Bad Request', problem.message)
  }
  if (kind === 'request') return apiError(502, 'Bad Gateway', problem.message)
  return apiError(500, 'Internal Server Error', problem.message)
}
