/**
 * Dates are compared as times, never as text (issue 7 §2): every query that orders, pages,
 * filters or compares on `publishedAt` does it with `dateTime()`. The fixture mixes the
 * formats the Studio, importers and API writers produce (offsets, no fraction, a
 * fraction), and each function is checked on the dataset source (with and without its
 * fast paths) and through `@sanity/client` against the query handler.
 */
import {createClient} from '@sanity/client'
import {
  articlesPageQuery,
  createDatasetSource,
  createQueryHandler,
  createSanitySource,
  getArticle,
  listArticles,
  listFeedArticles,
  listSitemapEntries,
  listTopics,
  searchArticles,
  type ContentSource,
  type QueryTrace,
} from '@practice-press/sdk'
import {openDataset, readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {localApi, serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'

const FIXTURE = repoPath('tests/fixtures/mixed-dates/data.ndjson')
/** After every article but `scheduled` (05:30 UTC on the 5th, written as `00:30-05:00`). */
const NOW = '2024-03-05T01:00:00Z'
/** Newest first, as times: C (`20:00-05:00` on the 2nd) and E are the same instant, so `_id` decides. */
const NEWEST_FIRST = ['f', 'e', 'c', 'd', 'b-half', 'b', 'a']

let server: ServedHandler
const sources: Record<string, ContentSource> = {}

beforeAll(async () => {
  const documents = await readExport(FIXTURE)
  sources['dataset source'] = await openDataset(FIXTURE)
  sources['dataset source without fast paths'] = createDatasetSource(documents, {indexes: false})
  server = await serveHandler(createQueryHandler(sources['dataset source']))
  sources['@sanity/client against the query handler'] = createSanitySource(localApi(server.origin))
})
afterAll(() => server.close())

describe('the issue’s inputs', () => {
  it('C (2024-03-02T20:00:00-05:00) is newer than D (2024-03-03T00:30:00Z)', async () => {
    const source = createDatasetSource([
      {_id: 'article-d', _type: 'article', publishedAt: '2024-03-03T00:30:00Z'},
      {_id: 'article-c', _type: 'article', publishedAt: '2024-03-02T20:00:00-05:00'},
    ])
    const page = await listArticles(source, {now: NOW})
    expect(page.items.map((item) => item._id)).toEqual(['article-c', 'article-d'])
  })

  it('…10:00:00.500Z is newer than …10:00:00Z', async () => {
    const source = createDatasetSource([
      {_id: 'article-whole', _type: 'article', publishedAt: '2024-03-01T10:00:00Z'},
      {_id: 'article-half', _type: 'article', publishedAt: '2024-03-01T10:00:00.500Z'},
    ])
    const page = await listArticles(source, {now: NOW})
    expect(page.items.map((item) => item._id)).toEqual(['article-half', 'article-whole'])
  })

  it('through @sanity/client against the query handler, in the same order', async () => {
    const client = createClient(localApi(server.origin))
    const params = {now: NOW, topic: null, author: null, afterPublishedAt: null, afterId: null, limit: 10}
    const rows = await client.fetch<{slug: string}[]>(articlesPageQuery, params)
    expect(rows.map((row) => row.slug).filter((slug) => ['c', 'd', 'b', 'b-half'].includes(slug))).toEqual(['c', 'd', 'b-half', 'b'])
  })
})

describe.each(['dataset source', 'dataset source without fast paths', '@sanity/client against the query handler'])('mixed formats, %s', (name) => {
  const source = () => sources[name]!

  it('listArticles: newest first as times', async () => {
    expect((await listArticles(source(), {now: NOW})).items.map((item) => item.slug)).toEqual(NEWEST_FIRST)
  })

  it.each([1, 2, 3, 4, 6])('listArticles: pages of %i follow the cursor across formats, none skipped or repeated', async (limit) => {
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await listArticles(source(), {limit, now: NOW, cursor})
      seen.push(...page.items.map((item) => item.slug ?? ''))
      cursor = page.nextCursor ?? undefined
      pages++
    } while (cursor && pages < 10)
    expect({seen, pages}).toEqual({seen: NEWEST_FIRST, pages: Math.ceil(NEWEST_FIRST.length / limit)})
  })

  it('listArticles by topic and by author, in the same order', async () => {
    expect((await listArticles(source(), {now: NOW, topic: 'dates'})).items.map((item) => item.slug)).toEqual(NEWEST_FIRST)
    expect((await listArticles(source(), {now: NOW, author: 'sample-author', limit: 3})).items.map((item) => item.slug)).toEqual(['f', 'e', 'c'])
  })

  it('searchArticles: newest first as times', async () => {
    expect((await searchArticles(source(), {q: 'mixed-format', now: NOW})).map((item) => item.slug)).toEqual(NEWEST_FIRST)
  })

  it('listFeedArticles: newest first as times', async () => {
    expect((await listFeedArticles(source(), {now: NOW})).map((item) => item.slug)).toEqual(NEWEST_FIRST)
  })

  it('listSitemapEntries: newest first as times', async () => {
    expect((await listSitemapEntries(source(), {now: NOW})).articles.map((item) => item.slug)).toEqual(NEWEST_FIRST)
  })

  it('scheduled hold-back: 00:30-05:00 is after 01:00Z, so not served, related, counted or listed yet', async () => {
    expect(await getArticle(source(), {slug: 'scheduled', now: NOW})).toBeNull()
    expect((await getArticle(source(), {slug: 'a', now: NOW}))?.related?.map((item) => item.slug)).toEqual(['d'])
    expect((await listTopics(source(), {now: NOW})).map((topic) => topic.articleCount)).toEqual([7])
    const later = '2024-03-05T05:30:00.000Z'
    expect((await getArticle(source(), {slug: 'scheduled', now: later}))?.title).toBe('Scheduled: 05:30 UTC on the 5th, later than now')
    expect((await getArticle(source(), {slug: 'a', now: later}))?.related?.map((item) => item.slug)).toEqual(['scheduled', 'd'])
    expect((await listArticles(source(), {now: later, limit: 1})).items.map((item) => item.slug)).toEqual(['scheduled'])
  })

  it('dates come back as they are stored', async () => {
    const article = await getArticle(source(), {slug: 'c', now: NOW})
    expect(article?.publishedAt).toBe('2024-03-02T20:00:00-05:00')
  })
})

it('a cursor whose date GROQ cannot read is refused, not answered with an empty page', async () => {
  const source = await openDataset(FIXTURE)
  const forged = btoa(JSON.stringify(['2024-03-03', 'article-e']))
  await expect(listArticles(source, {now: NOW, cursor: forged})).rejects.toThrow('listArticles: params.cursor must be the nextCursor of a previous page')
})

it('the dataset source still answers article lists from its sorted index', async () => {
  const traces: QueryTrace[] = []
  const source = await openDataset(FIXTURE, {onTrace: (trace) => traces.push(trace)})
  const first = await listArticles(source, {limit: 2, now: NOW})
  await listArticles(source, {limit: 2, now: NOW, cursor: first.nextCursor ?? undefined})
  expect(traces.map((trace) => ({orderedSlice: trace.orderedSlice, fullScans: trace.fullScans}))).toEqual([
    {orderedSlice: true, fullScans: 0},
    {orderedSlice: true, fullScans: 0},
  ])
})
