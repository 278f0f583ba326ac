/**
 * Sanity's query API on the server: `@sanity/client` runs every SDK query unchanged and
 * gets what the dataset source gives; drafts need the bearer token; long queries are
 * refused; a query past the time limit is stopped (its worker terminated) while the
 * server keeps answering.
 */
import {createSanitySource, getArticle, type DatasetSource} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'
import {createClient, type SanityClient} from '@sanity/client'
import {afterAll, beforeAll, expect, it} from 'vitest'

import {sdkQueries} from '../sdk/sdk-queries.ts'
import {repoPath} from '../support/shared.ts'
import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'
import {localApi} from '../support/serve-handler.ts'

const SECRET = 'a-test-preview-secret-0123456789'
// Five nested scans of the whole dataset: minutes for groq-js.
const SLOW_QUERY = 'count(*[_type != ""]{"a": *[_type != ""]{"b": *[_type != ""]{"c": *[_type != ""]{"d": *[_type != ""]}}}})'

let served: ServedDataset
let local: DatasetSource
let client: SanityClient

beforeAll(async () => {
  served = await serveDataset({previewSecret: SECRET, queryTimeoutMs: 1500})
  local = await openDataset(repoPath('content'), {assetBaseUrl: '/images'})
  client = createClient(localApi(served.origin))
})
afterAll(() => served?.close())

it.each(sdkQueries)('@sanity/client runs $name unchanged and gets the dataset source’s answer', async ({query, params}) => {
  expect(await client.fetch(query, params)).toEqual(await local.fetch(query, params))
})

it('serves the SDK’s content functions through createSanitySource', async () => {
  const source = createSanitySource(localApi(served.origin))
  const article = await getArticle(source, {slug: 'repair-after-an-argument'})
  expect(article?.title).toBe('How to repair after an argument')
})

it('shows drafts only with the preview secret as a bearer token', async () => {
  const query = '*[_id in ["article-repair-after-an-argument", "article-small-ways-to-show-appreciation"]] | order(_id) .title'
  expect(await client.fetch(query)).toEqual(['How to repair after an argument'])
  const refused = await client.fetch(query, {}, {perspective: 'drafts'}).catch((error: {statusCode: number}) => error)
  expect((refused as {statusCode: number}).statusCode).toBe(401)
  const wrong = createClient(localApi(served.origin, 'not-the-secret'))
  expect(((await wrong.fetch(query, {}, {perspective: 'drafts'}).catch((error: unknown) => error)) as {statusCode: number}).statusCode).toBe(401)
  const authorised = client.withConfig({token: SECRET})
  expect(await authorised.fetch(query, {}, {perspective: 'drafts'})).toEqual(['How to repair the connection after an argument', 'Small ways to show appreciation'])
  expect(served.logs.join('\n')).not.toContain(SECRET)
})

it('refuses a query longer than the limit with 414 in Sanity’s error shape', async () => {
  const long = `*[_type == "article" && title != "${'x'.repeat(10_000)}"]`
  const response = await fetch(`${served.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(long)}`)
  expect(response.status).toBe(414)
  expect(await response.json()).toEqual({statusCode: 414, error: 'URI Too Long', message: `The query is ${long.length} characters long; this server accepts queries up to 10000 characters.`})
  const posted = await fetch(`${served.origin}/v2025-02-19/data/query/production`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query: long.repeat(2)})})
  expect(posted.status).toBe(413)
})

it('stops a query past the time limit with 408, while other queries and pages are answered', async () => {
  const started = performance.now()
  const slow = fetch(`${served.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(SLOW_QUERY)}`)
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(await client.fetch('count(*[_type == "article"])')).toBe(6)
  expect((await fetch(`${served.origin}/locations/san-jose`)).status).toBe(200)
  const quickDone = performance.now() - started
  const response = await slow
  expect(response.status).toBe(408)
  expect(await response.json()).toEqual({
    statusCode: 408,
    error: 'Request Timeout',
    message: 'The query took longer than 1500 ms and was stopped. Narrow it (filter by _type, slice the results) and try again.',
  })
  expect(quickDone).toBeLessThan(1500)
  // The terminated worker was replaced: the API still answers.
  expect(await client.fetch('count(*[_type == "topic"])')).toBe(5)
})

it('a query waiting for a busy evaluator waits at most the time limit too (503), and the API recovers', async () => {
  // Two workers: two slow queries take them, two more wait. The waiting ones are answered
  // 503 when their wait passes the limit, not held until the workers come free.
  const url = `${served.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(SLOW_QUERY)}`
  const answers = await Promise.all([0, 1, 2, 3].map(async (index) => {
    await new Promise((resolve) => setTimeout(resolve, index * 20))
    const response = await fetch(url)
    return [response.status, ((await response.json()) as {message: string}).message] as const
  }))
  // Which two run depends on when each worker is ready; that two run and two are turned away does not.
  expect(answers.map(([status]) => status).toSorted()).toEqual([408, 408, 503, 503])
  expect(answers.find(([status]) => status === 503)).toEqual([503, 'The query API is busy with other queries; try again in a moment.'])
  expect(await client.fetch('count(*[_type == "topic"])')).toBe(5)
})
