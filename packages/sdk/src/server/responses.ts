import type {QueryPosition} from '../sources/content-query-error.ts'

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json; charset=utf-8', ...headers}})
}

/** Sanity's API error shape: `{statusCode, error, message}`. */
export function apiError(status: number, name: string, message: string, headers: Record<string, string> = {}): Response {
  return json(status, {statusCode: status, error: name, message}, headers)
}

/**
 * Sanity's shape for a query that cannot run as written (a syntax error, a parameter it
 * names but was not given): `{error: {type: 'queryParseError', description, query, start,
 * end}}`; `@sanity/client` shows it with a code frame.
 */
export function queryParseError(description: string, query: string, position?: QueryPosition, length = 1): Response {
  const start = position ? offsetOf(query, position) : 0
  return json(400, {error: {type: 'queryParseError', description, query, start, end: start + length}})
}

function offsetOf(text: string, position: QueryPosition): number {
  const lines = text.split('\n').slice(0, position.line - 1)
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + position.column - 1
}
