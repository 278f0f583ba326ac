/**
 * The typed functions on the example dataset: what they return, pagination that stays
 * stable when articles are added, scheduled articles kept back, unknown slugs as null,
 * and the same answers through Sanity's HTTP API as from the dataset.
 */
import {createClient} from '@sanity/client'
import {
  createDatasetSource,
  createQueryHandler,
  createSanitySource,
  getArticle,
  getAuthor,
  getLocation,
  getPractice,
  listArticles,
  listAuthors,
  listLocations,
  listTopics,
  searchArticles,
  type ArticleBySlugQueryResult,
  type ContentSource,
  type DatasetDocument,
} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, expectTypeOf, it} from 'vitest'

import {localApi, serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'
import {NOW} from './sdk-queries.ts'

const documents = await readExport(repoPath('content'))
const dataset = createDatasetSource(documents)
let server: ServedHandler
let sanity: ContentSource

beforeAll(async () => {
  server = await serveHandler(createQueryHandler(dataset))
  sanity = createSanitySource(localApi(server.origin))
})
afterAll(() => server.close())

describe.each([
  ['dataset source', () => dataset],
  ['Sanity source (over HTTP)', () => sanity],
] as const)('%s', (_name, source) => {
  it('getArticle: the article with its author, topics, images and related articles', async () => {
    const article = await getArticle(source(), {slug: 'repair-after-an-argument', now: NOW})
    expectTypeOf(article).toEqualTypeOf<ArticleBySlugQueryResult>()
    expect({
      title: article?.title,
      author: article?.author?.name,
      credential: article?.author?.credentials?.[0]?.abbreviation,
      topics: article?.topics?.map((topic) => topic.slug),
      hero: article?.heroImage?.asset?.url?.startsWith('/images/'),
      heroSize: [article?.heroImage?.asset?.width, article?.heroImage?.asset?.height],
      related: article?.related?.map((item) => item.slug),
    }).toEqual({
      title: 'How to repair after an argument',
      author: 'Sam Rivera (sample author)',
      credential: 'LMFT',
      topics: ['couples', 'conflict', 'trust'],
      hero: true,
      heroSize: [1600, 900],
      related: ['listening-so-your-partner-feels-heard', 'weekly-check-in-ritual'],
    })
  })

  it('getArticle: unknown slug is null, never an exception', async () => {
    expect(await getArticle(source(), {slug: 'no-such-article', now: NOW})).toBeNull()
  })

  it('listArticles: newest first, a page at a time, by topic and author', async () => {
    const first = await listArticles(source(), {limit: 4, now: NOW})
    const second = await listArticles(source(), {limit: 4, now: NOW, cursor: first.nextCursor ?? undefined})
    expect([...first.items, ...second.items].map((item) => item.slug)).toEqual([
      'managing-conflict-over-money',
      'when-to-try-couples-therapy',
      'weekly-check-in-ritual',
      'boundaries-with-family',
      'listening-so-your-partner-feels-heard',
      'repair-after-an-argument',
    ])
    expect(second.nextCursor).toBeNull()
    expect((await listArticles(source(), {topic: 'family', now: NOW})).items.map((item) => item.slug)).toEqual(['boundaries-with-family'])
    expect((await listArticles(source(), {author: 'lia-huynh', now: NOW})).items).toEqual([])
  })

  it('an article is not listed before its publication date', async () => {
    const before = await listArticles(source(), {now: '2025-05-01T00:00:00Z'})
    expect(before.items.map((item) => item.slug)).toEqual(['listening-so-your-partner-feels-heard', 'repair-after-an-argument'])
    expect(await getArticle(source(), {slug: 'managing-conflict-over-money', now: '2026-06-01T00:00:00Z'})).toBeNull()
  })

  it('searchArticles: matches title, excerpt and text, newest first; empty finds nothing', async () => {
    const found = await searchArticles(source(), {q: 'money', now: NOW})
    expect(found.map((item) => item.slug)).toEqual(['managing-conflict-over-money', 'weekly-check-in-ritual'])
    expect(await searchArticles(source(), {q: '   ', now: NOW})).toEqual([])
  })

  it('authors, offices, topics and the practice', async () => {
    const lia = await getAuthor(source(), {slug: 'lia-huynh'})
    expect({
      name: lia?.name,
      license: lia?.credentials?.[0]?.licenseNumber,
      offices: lia?.offices?.map((office) => office.city),
      authors: (await listAuthors(source())).map((author) => author.slug),
      office: (await getLocation(source(), {slug: 'milpitas'}))?.address?.city,
      offices2: (await listLocations(source())).map((office) => office.slug),
      topics: (await listTopics(source(), {now: NOW})).map((topic) => [topic.slug, topic.articleCount]),
      practice: (await getPractice(source()))?.name,
    }).toEqual({
      name: 'Lia Huynh',
      license: null,
      offices: ['San Jose', 'Milpitas'],
      authors: ['lia-huynh', 'sam-rivera'],
      office: 'Milpitas',
      offices2: ['milpitas', 'san-jose'],
      topics: [['communication', 2], ['conflict', 2], ['couples', 6], ['family', 1], ['trust', 2]],
      practice: 'Talk with Lia',
    })
  })
})

describe('pagination is stable when articles are added', () => {
  it('a page fetched after an insert continues where the last one ended', async () => {
    const first = await listArticles(dataset, {limit: 3, now: NOW})
    const inserted: DatasetDocument = {
      _id: 'article-inserted',
      _type: 'article',
      title: 'Inserted later',
      slug: {_type: 'slug', current: 'inserted-later'},
      publishedAt: '2026-11-20T09:00:00.000Z',
    }
    const grown = createDatasetSource([...documents, inserted])
    const next = await listArticles(grown, {limit: 3, now: NOW, cursor: first.nextCursor ?? undefined})
    expect([...first.items, ...next.items].map((item) => item.slug)).toEqual([
      'managing-conflict-over-money',
      'when-to-try-couples-therapy',
      'weekly-check-in-ritual',
      'boundaries-with-family',
      'listening-so-your-partner-feels-heard',
      'repair-after-an-argument',
    ])
  })

  it('articles with the same publication time are ordered by _id and none is skipped', async () => {
    const same = ['c', 'a', 'b', 'e', 'd'].map((id) => ({_id: `article-${id}`, _type: 'article', publishedAt: '2026-01-01T00:00:00.000Z'}))
    const source = createDatasetSource(same)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await listArticles(source, {limit: 2, now: NOW, cursor})
      seen.push(...page.items.map((item) => item._id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(['article-e', 'article-d', 'article-c', 'article-b', 'article-a'])
  })
})

describe('bad arguments', () => {
  it('throw at once, naming the option and what is allowed', async () => {
    await expect(listArticles(dataset, {limit: 0})).rejects.toThrow('listArticles: params.limit must be a whole number from 1 to 100; got 0.')
    await expect(listArticles(dataset, {cursor: 'not-a-cursor'})).rejects.toThrow(
      'listArticles: params.cursor must be the nextCursor of a previous page, or nothing for the first page; got "not-a-cursor".',
    )
    await expect(getArticle(dataset, {} as never)).rejects.toThrow('getArticle: params.slug must be the article’s slug as a string; got undefined.')
    await expect(dataset.fetch('*', {}, {perspective: 'previewDrafts' as never})).rejects.toThrow(
      'source.fetch: options.perspective must be one of "published", "drafts", "raw"; got "previewDrafts".',
    )
    await expect(getArticle(dataset, {slug: 'x'}, {perspective: 'previewDrafts' as never})).rejects.toThrow(
      'getArticle: options.perspective must be one of "published", "drafts", "raw"; got "previewDrafts".',
    )
  })

  it('a GROQ syntax error says where: line and column', async () => {
    const error = await dataset.fetch('*[_type == "article" &&\n  title ==]').catch((caught: unknown) => caught)
    expect(error).toMatchObject({name: 'ContentQueryError', position: {line: 2, column: 10}, query: '*[_type == "article" &&\n  title ==]'})
  })

  it('through the HTTP API, a syntax error is Sanity’s 400 with its error shape', async () => {
    const client = createClient(localApi(server.origin))
    const error = await client.fetch('*[_type ==]').catch((caught: unknown) => caught as {statusCode: number; response: {body: unknown}})
    expect(error.statusCode).toBe(400)
    expect(error.response.body).toEqual({
      error: {type: 'queryParseError', description: expect.stringContaining('GROQ syntax error at line 1, column'), query: '*[_type ==]', start: expect.any(Number), end: expect.any(Number)},
    })
  })
})

describe('every content function is called (source, params = {}, options = {})', () => {
  it('fetch options go third: drafts come back only there', async () => {
    const published = await listAuthors(dataset)
    const drafts = await listAuthors(dataset, {}, {perspective: 'drafts'})
    expect([published.length, drafts.length]).toEqual([2, 2])
    expect((await getPractice(dataset, {}, {perspective: 'drafts'}))?.name).toBe('Talk with Lia')
    expect((await listLocations(dataset, {}, {tag: 'offices'})).map((office) => office.slug)).toEqual(['milpitas', 'san-jose'])
  })

  it('a fetch option put second is refused, saying where it goes', async () => {
    // @ts-expect-error: a fetch option is not a param (plain JS callers get the error below)
    await expect(listTopics(dataset, {perspective: 'drafts'})).rejects.toThrow(
      'listTopics: params.perspective must not be given (listTopics takes now): perspective is a fetch option, passed third as in listTopics(source, {}, {perspective: ...}); got "drafts".',
    )
    // @ts-expect-error: listAuthors takes no params
    await expect(listAuthors(dataset, {perspective: 'drafts'})).rejects.toThrow(
      'listAuthors: params.perspective must not be given (listAuthors takes no params): perspective is a fetch option, passed third as in listAuthors(source, {}, {perspective: ...}); got "drafts".',
    )
  })

  it('an unknown param or a params value that is not an object is refused', async () => {
    // @ts-expect-error: misspelt param
    await expect(listArticles(dataset, {limt: 5})).rejects.toThrow(
      'listArticles: params.limt must not be given (listArticles takes topic, author, limit, cursor, now); got 5.',
    )
    // @ts-expect-error: params must be an object
    await expect(getPractice(dataset, 'drafts')).rejects.toThrow('getPractice: params must be an object; got "drafts".')
    await expect(searchArticles(dataset, {q: 'money', limit: 1, now: NOW})).resolves.toHaveLength(1)
  })
})
