import type {QueryParams} from '../sources/content-source.ts'

/** A query request as sent: GROQ, parameters and perspective, before any checks. */
export interface QueryInput {
  query: unknown
  params: QueryParams
  perspective: unknown
}

/**
 * Reads a query request the way Sanity's API takes it: `GET` with `query`, `$name=<JSON>`
 * parameters and `perspective` in the URL; `POST` (what `@sanity/client` sends for long
 * queries) with `{query, params}` as JSON and `perspective` in the URL. Throws an `Error`
 * whose message says what is wrong with the request.
 */
export async function readQueryInput(request: Request, search: URLSearchParams): Promise<QueryInput> {
  return request.method === 'GET' ? fromSearch(search) : fromBody(request, search)
}

function fromSearch(search: URLSearchParams): QueryInput {
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

async function fromBody(request: Request, search: URLSearchParams): Promise<QueryInput> {
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
