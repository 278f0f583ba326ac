import {createQueryHandler, type ContentSource} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'

const handlers = new WeakMap<ContentSource, (request: Request) => Promise<Response>>()

/**
 * `/v{apiVersion}/data/query/{dataset}`: Sanity's query API. Queries longer than
 * `maxQueryLength` get 414 (GET) or 413 (POST) in Sanity's error shape before any parsing;
 * the evaluation time limit is the runtime's (the Node entry evaluates in a worker it
 * terminates). The published source is always the one queried: drafts need the bearer token.
 */
export async function queryApi(c: AppContext): Promise<Response> {
  const options = c.get('options')
  c.header('cache-control', 'no-store')
  const request = c.req.raw
  const limit = options.maxQueryLength
  if (request.method === 'GET') {
    const query = new URL(request.url).searchParams.get('query') ?? ''
    if (query.length > limit) return tooLong(c, 414, 'URI Too Long', query.length, limit)
  } else if (request.method === 'POST') {
    const text = await request.clone().text()
    // The body holds the query and its params; allow twice the query limit for the params.
    if (text.length > limit * 2) return tooLong(c, 413, 'Payload Too Large', text.length, limit)
  }
  const source = options.currentSource()
  let handle = options.queryApi ? (given: Request) => options.queryApi!(given, source) : handlers.get(source)
  if (!handle) {
    handle = createQueryHandler(source, {dataset: options.dataset, ...(options.previewSecret ? {previewToken: options.previewSecret} : {})})
    handlers.set(source, handle)
  }
  const response = await handle(request)
  // Answers depend on the bearer token: no shared cache may keep them. (The headers are
  // changed in place: rebuilding the response around its body would make it a stream.)
  response.headers.set('cache-control', 'no-store')
  return response
}

function tooLong(c: AppContext, status: 413 | 414, error: string, length: number, limit: number): Response {
  return c.json({statusCode: status, error, message: `The query is ${length} characters long; this server accepts queries up to ${limit} characters.`}, status)
}
