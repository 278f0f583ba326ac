/**
 * Sanity's query API where clients expect it (issue 9), through the real `@sanity/client`
 * against `createQueryListener` (the SDK's Node adapter, on `@hono/node-server`) on
 * 127.0.0.1: the preview token and long POST queries arrive; `getDocument` and
 * `getDocuments` work with Sanity's response shape and token rule; a parameter the query
 * names but was not given is Sanity's 400; a query that cannot be evaluated is a 5xx the
 * client raises as `ServerError`.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

import {ClientError, createClient, ServerError, type SanityClient} from '@sanity/client'
import {createDatasetSource, isContentQueryError} from '@practice-press/sdk'
import {createQueryListener, readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {localApi} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'

const source = createDatasetSource(await readExport(repoPath('content')))
const PUBLISHED = 'article-repair-after-an-argument'
const DRAFT = `drafts.${PUBLISHED}`
let server: Server
let origin: string

beforeAll(async () => {
  server = createServer(createQueryListener(source, {previewToken: 'test-preview-secret-0123'}))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(
  () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
)

function client(token?: string): SanityClient {
  return createClient(localApi(origin, token))
}

describe('the Node adapter', () => {
  it('forwards the Authorization header: the preview token unlocks drafts, its absence is 401', async () => {
    expect(await client('test-preview-secret-0123').fetch('count(*[_type == "article"])', {}, {perspective: 'drafts'})).toBe(7)
    const refused = await client()
      .fetch('count(*[_type == "article"])', {}, {perspective: 'drafts'})
      .catch((error: {statusCode: number}) => error.statusCode)
    expect(refused).toBe(401)
  })

  it('forwards the body: a long query goes by POST and is answered', async () => {
    const padding = 'x'.repeat(12_000)
    const result = await client().fetch<string[]>(`*[_type == "article" && title != $padding] | order(_id asc)[0...2]._id`, {padding})
    expect(result).toEqual(['article-boundaries-with-family', 'article-listening-so-your-partner-feels-heard'])
  })
})

describe('getDocument and getDocuments (/data/doc)', () => {
  it('returns a published document by id', async () => {
    const document = await client().getDocument<{title: string}>(PUBLISHED)
    expect({id: document?._id, title: document?.title}).toEqual({id: PUBLISHED, title: 'How to repair after an argument'})
  })

  it('returns a draft by its id with the preview token, and not without', async () => {
    expect((await client('test-preview-secret-0123').getDocument<{title: string}>(DRAFT))?.title).toBe('How to repair the connection after an argument')
    expect(await client().getDocument(DRAFT)).toBeUndefined()
  })

  it('getDocuments keeps the order asked and gives null for what is missing or not allowed', async () => {
    const documents = await client().getDocuments([DRAFT, 'no-such-document', PUBLISHED])
    expect(documents.map((document) => document?._id ?? null)).toEqual([null, null, PUBLISHED])
  })

  it('answers with Sanity’s shape: {documents, omitted: [{id, reason}]}', async () => {
    const response = await fetch(`${origin}/v2025-02-19/data/doc/production/${DRAFT},no-such-document,topic-couples`)
    const body = (await response.json()) as {documents: {_id: string}[]; omitted: unknown[]}
    expect({status: response.status, ids: body.documents.map((document) => document._id), omitted: body.omitted}).toEqual({
      status: 200,
      ids: ['topic-couples'],
      omitted: [
        {id: DRAFT, reason: 'permission'},
        {id: 'no-such-document', reason: 'existence'},
      ],
    })
  })
})

describe('a parameter the query names but was not given', () => {
  it('is Sanity’s 400 through the client, with a code frame at the parameter', async () => {
    const error = await client()
      .fetch('*[slug.current == $slug]')
      .catch((caught: unknown) => caught as ClientError)
    expect(error).toBeInstanceOf(ClientError)
    expect({status: error.statusCode, body: error.response.body}).toEqual({
      status: 400,
      body: {error: {type: 'queryParseError', description: 'param $slug referenced, but not provided', query: '*[slug.current == $slug]', start: 18, end: 23}},
    })
  })

  it('is a typed error on the dataset source’s fetch', async () => {
    const error = await source.fetch('*[_type == "article"]\n  [slug.current == $slug]').catch((caught: unknown) => caught)
    expect(isContentQueryError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'ContentQueryError',
      kind: 'parameter',
      parameter: 'slug',
      message: 'param $slug referenced, but not provided',
      position: {line: 2, column: 20},
    })
  })

  it('covers slices, undefined values and nothing else ($ in strings, comments and a function’s own parameters)', async () => {
    await expect(source.fetch('*[_type == "topic"][0...$limit]')).rejects.toMatchObject({kind: 'parameter', parameter: 'limit'})
    await expect(source.fetch('*[_id == $id]', {id: undefined})).rejects.toMatchObject({kind: 'parameter', parameter: 'id'})
    expect(await source.fetch('// $comment\ncount(*[title == "$slug" && _id != \'$id\'])')).toBe(0)
    expect(await source.fetch('fn local::pick($doc) = $doc{title}; local::pick(*[_id == "topic-couples"][0])')).toEqual({title: 'Couples'})
  })

  it('a syntax error still wins over a missing parameter', async () => {
    await expect(source.fetch('*[slug.current == $slug')).rejects.toMatchObject({kind: 'syntax'})
  })
})

describe('a query that parses but cannot be evaluated', () => {
  it('is a 5xx the client raises as ServerError, not a 400 queryParseError', async () => {
    const error = await client()
      .fetch('*[_type == "article" && text::query("couples")]')
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ServerError)
    expect({status: (error as ServerError).statusCode, body: (error as ServerError).response.body}).toEqual({
      status: 500,
      body: {statusCode: 500, error: 'Internal Server Error', message: 'The query failed: not implemented'},
    })
  })

  it('is kind "evaluation" on the dataset source', async () => {
    await expect(source.fetch('*[text::query("couples")]')).rejects.toMatchObject({kind: 'evaluation', message: 'The query failed: not implemented'})
  })
})
