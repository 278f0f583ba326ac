/**
 * One query set, two sources, one answer: every SDK query, under every perspective, gives
 * the same result through `@sanity/client` pointed at the query handler (served on
 * 127.0.0.1) as through the dataset source directly, and the indexed dataset source gives
 * the same result as plain groq-js.
 */
import {createClient, type SanityClient} from '@sanity/client'
import {createDatasetSource, createQueryHandler, type DatasetSource} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// The perspectives, as the sources check them: an internal of the SDK, read from its source.
import {PERSPECTIVES} from '../../packages/sdk/src/sources/content-source.ts'
import {localApi, serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'
import {sdkQueries} from './sdk-queries.ts'

const PREVIEW_TOKEN = 'test-preview-token'
let indexed: DatasetSource
let plain: DatasetSource
let server: ServedHandler
let client: SanityClient

beforeAll(async () => {
  const documents = await readExport(repoPath('content'))
  indexed = createDatasetSource(documents)
  plain = createDatasetSource(documents, {indexes: false})
  server = await serveHandler(createQueryHandler(indexed, {previewToken: PREVIEW_TOKEN}))
  client = createClient(localApi(server.origin, PREVIEW_TOKEN))
})

afterAll(() => server.close())

const cases = sdkQueries.flatMap((entry) => PERSPECTIVES.map((perspective) => ({...entry, perspective})))

describe.each(cases)('$name, $perspective', ({query, params, perspective}) => {
  it('@sanity/client through the query handler = the dataset source', async () => {
    const direct = await indexed.fetch(query, params, {perspective})
    const viaHttp = await client.fetch(query, params as never, {perspective})
    expect(viaHttp).toEqual(direct)
  })

  it('indexed = plain groq-js', async () => {
    expect(await indexed.fetch(query, params, {perspective})).toEqual(await plain.fetch(query, params, {perspective}))
  })
})

it('the example dataset gives every query something to answer', async () => {
  const empty = []
  for (const {name, query, params} of sdkQueries) {
    const result = await indexed.fetch(query, params)
    if (!name.includes('unknown') && (result === null || (Array.isArray(result) && result.length === 0))) empty.push(name)
  }
  expect(empty).toEqual([])
})
