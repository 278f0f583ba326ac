import {createQueryHandler, type ContentSource, type DatasetSource} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {createHeldBackQueryHandler} from '../lib/held-back-query-handler.ts'
import {createLru, type Lru} from '../lib/lru.ts'

const handlers = new WeakMap<ContentSource, (request: Request) => Promise<Response>>()

interface KeptAnswer {
  at: number
  status: number
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer>
}

/** Published answers to GET queries, per source (so a reloaded dataset starts afresh), as Sanity's API CDN keeps them. */
const answers = new WeakMap<ContentSource, Lru<KeptAnswer>>()
const ANSWERS_PER_SOURCE = 500
const ANSWERS_BYTES = 16 * 1024 * 1024

/**
 * `/v{apiVersion}/data/query/{dataset}`: Sanity's query API. Published answers to GET
 * queries that do not call `now()` are kept per dataset for `pageCacheMs`. Queries longer than
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
    // A declared length past the limit is refused before a byte of the body is read.
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > limit * 8) return tooLong(c, 413, 'Payload Too Large', declared, limit)
    const text = await request.clone().text()
    // The body holds the query and its params; allow twice the query limit for the params.
    if (text.length > limit * 2) return tooLong(c, 413, 'Payload Too Large', text.length, limit)
  }
  const source = options.currentSource()
  // A GET without a token that does not call now() always gets the same answer from the
  // same dataset: it is kept for pageCacheMs, and repeats skip the evaluator.
  const url = new URL(request.url)
  const keep = request.method === 'GET' && !request.headers.has('authorization') && !/\bnow\s*\(/.test(url.searchParams.get('query') ?? '') && options.pageCacheEntries > 0
  let kept = answers.get(source)
  if (keep && !kept) answers.set(source, (kept = createLru<KeptAnswer>(ANSWERS_PER_SOURCE, ANSWERS_BYTES)))
  const hit = keep ? kept?.get(request.url) : undefined
  if (hit && Date.now() - hit.at < options.pageCacheMs) return new Response(hit.body, {status: hit.status, headers: hit.headers})
  let handle = options.queryApi ? (given: Request) => options.queryApi!(given, source) : handlers.get(source)
  if (!handle) {
    const settings = {dataset: options.dataset, ...(options.previewSecret ? {previewToken: options.previewSecret} : {})}
    // Over a dataset, scheduled articles are held back from requests without the secret.
    handle =
      source.images.kind === 'dataset' && 'documents' in source
        ? createHeldBackQueryHandler((source as DatasetSource).documents, {...settings, source: {assetBaseUrl: source.images.assetBaseUrl}})
        : createQueryHandler(source, settings)
    handlers.set(source, handle)
  }
  const response = await handle(request)
  if (keep && kept && response.status === 200) {
    const body = new Uint8Array(await response.arrayBuffer())
    const entry: KeptAnswer = {at: Date.now(), status: 200, headers: {...Object.fromEntries(response.headers), 'cache-control': 'no-store'}, body}
    kept.set(request.url, entry, body.length + 200)
    return new Response(entry.body, {status: 200, headers: entry.headers})
  }
  // Answers depend on the bearer token: no shared cache may keep them. (The headers are
  // changed in place: rebuilding the response around its body would make it a stream.)
  response.headers.set('cache-control', 'no-store')
  return response
}

function tooLong(c: AppContext, status: 413 | 414, error: string, length: number, limit: number): Response {
  return c.json({statusCode: status, error, message: `The query is ${length} characters long; this server accepts queries up to ${limit} characters.`}, status)
}
