/**
 * Every perspective form `@sanity/client` 8 can send (read off its `_prepareRequest`: a
 * name, the deprecated `previewDrafts`, an array joined with commas, `raw`), answered by
 * `createQueryHandler` as the Content Lake does, with the preview-token rule; release
 * stacks, which the handler does not support, get a 400 that says so (issue 7 §3).
 */
import {createClient, type ClientPerspective} from '@sanity/client'
import {createDatasetSource, createQueryHandler} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'

import {localApi, serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'

const QUERY = '*[slug.current == "small-ways-to-show-appreciation"]._id'
const PUBLISHED_ID = 'article-small-ways-to-show-appreciation'
const DRAFT_ID = `drafts.${PUBLISHED_ID}`

let server: ServedHandler
const client = (token?: string) => createClient(localApi(server.origin, token))

beforeAll(async () => {
  server = await serveHandler(createQueryHandler(createDatasetSource(await readExport(repoPath('content'))), {previewToken: 'test-preview-secret-0123'}))
  // The client warns once about `previewDrafts`; the warning is its own, not ours.
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterAll(async () => {
  vi.restoreAllMocks()
  await server.close()
})

const served: [string, ClientPerspective | undefined, string[]][] = [
  ['none (published is the default)', undefined, []],
  ['published', 'published', []],
  ['drafts', 'drafts', [PUBLISHED_ID]],
  ['previewDrafts (deprecated, answered as drafts)', 'previewDrafts', [PUBLISHED_ID]],
  ['raw', 'raw', [DRAFT_ID]],
  ['["published"]', ['published'], []],
  ['["drafts"]', ['drafts'], [PUBLISHED_ID]],
  ['["drafts", "published"] (sent as drafts,published)', ['drafts', 'published'], [PUBLISHED_ID]],
]

describe.each(served)('perspective %s', (_name, perspective, expected) => {
  const options = perspective === undefined ? {} : {perspective}

  it('is answered with the preview token', async () => {
    expect(await client('test-preview-secret-0123').fetch(QUERY, {}, options)).toEqual(expected)
  })

  it('without a token: published answers, anything else is 401', async () => {
    const answer = await client()
      .fetch(QUERY, {}, options)
      .then((result: unknown) => ({result}), (error: {statusCode: number}) => ({status: error.statusCode}))
    expect(answer).toEqual(expected.length === 0 ? {result: []} : {status: 401})
  })

  it('is read from a POST (long query) the same way', async () => {
    const long = QUERY.replace('[', `["${'x'.repeat(12_000)}" != "" && `)
    expect(await client('test-preview-secret-0123').fetch(long, {}, options)).toEqual(expected)
    expect(server.requests.at(-1)?.method).toBe('POST')
  })
})

describe('stacks the handler does not support: a clear 400, even with the token', () => {
  it.each([
    [['rSpringLaunch', 'drafts'], 'perspective "rSpringLaunch,drafts" names a release ("rSpringLaunch"): this server does not support release perspectives.'],
    [['summer', 'autumn'], 'perspective "summer,autumn" names releases ("summer", "autumn"): this server does not support release perspectives.'],
    [['published', 'drafts'], 'perspective "published,drafts" puts published documents above drafts: this server does not support that stack.'],
  ] as [ClientPerspective, string][])('%j', async (perspective, message) => {
    const error = await client('test-preview-secret-0123')
      .fetch(QUERY, {}, {perspective})
      .catch((caught: {statusCode: number; message: string}) => caught)
    expect({status: error.statusCode, says: error.message.includes(message), supported: error.message.includes('It answers "published", "drafts"')}).toEqual({
      status: 400,
      says: true,
      supported: true,
    })
  })

  it('raw combined with another perspective (the client refuses to send it; plain HTTP can)', async () => {
    const response = await fetch(`${server.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(QUERY)}&perspective=raw,drafts`, {
      headers: {authorization: 'Bearer test-preview-secret-0123'},
    })
    expect({status: response.status, body: await response.json()}).toEqual({
      status: 400,
      body: {statusCode: 400, error: 'Bad Request', message: 'perspective "raw,drafts" is not allowed: "raw" can not be combined with other perspectives.'},
    })
  })
})
