/**
 * Perspectives with Sanity's documented semantics, and no draft leaks into published
 * output, on both sources (the dataset directly, and Sanity's HTTP API via the handler).
 */
import {createClient} from '@sanity/client'
import {createDatasetSource, createQueryHandler, listArticles, getArticle, searchArticles} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {localApi, serveHandler, type ServedHandler} from '../support/serve-handler.ts'
import {repoPath} from '../support/shared.ts'
import {NOW, sdkQueries} from './sdk-queries.ts'

const documents = await readExport(repoPath('content'))
const source = createDatasetSource(documents)
const draftTitles = documents.filter((d) => d._id.startsWith('drafts.')).map((d) => d.title as string)
let server: ServedHandler

beforeAll(async () => {
  server = await serveHandler(createQueryHandler(source, {previewToken: 'test-preview-secret-0123'}))
})
afterAll(() => server.close())

describe('published (the default)', () => {
  it('never returns a drafts. document or a field of one, for any SDK query', async () => {
    for (const {query, params} of sdkQueries) {
      const text = JSON.stringify(await source.fetch(query, params))
      expect(text).not.toContain('drafts.')
      for (const title of draftTitles) expect(text).not.toContain(title)
    }
  })

  it('is the default over HTTP too, for every API version, even with a token', async () => {
    for (const apiVersion of ['1', 'X', '2021-06-07', '2025-02-19']) {
      const url = `${server.origin}/v${apiVersion}/data/query/production?query=${encodeURIComponent('*[_id in path("drafts.**")]._id')}`
      const response = await fetch(url, {headers: {authorization: 'Bearer test-preview-secret-0123'}})
      expect({apiVersion, body: ((await response.json()) as {result: unknown}).result}).toEqual({apiVersion, body: []})
    }
  })

  it('keeps the published version of an article that has a draft', async () => {
    const article = await getArticle(source, {slug: 'repair-after-an-argument', now: NOW})
    expect(article?.title).toBe('How to repair after an argument')
  })

  it('does not list or find a never-published draft', async () => {
    const page = await listArticles(source, {now: NOW, limit: 100})
    expect(page.items.map((item) => item._id)).not.toContain('article-small-ways-to-show-appreciation')
    const found = await searchArticles(source, {q: 'appreciation', now: NOW})
    expect(found.map((item) => item._id)).toEqual(['article-boundaries-with-family'])
  })
})

describe('drafts', () => {
  it('overlays each draft on its published document, under the published _id', async () => {
    const result = await source.fetch<{_id: string; _originalId: string; title: string}[]>(
      '*[_type == "article" && slug.current in ["repair-after-an-argument", "small-ways-to-show-appreciation", "boundaries-with-family"]] | order(_id){_id, _originalId, title}',
      {},
      {perspective: 'drafts'},
    )
    expect(result).toEqual([
      {_id: 'article-boundaries-with-family', _originalId: 'article-boundaries-with-family', title: 'Setting boundaries with family as a couple'},
      {_id: 'article-repair-after-an-argument', _originalId: 'drafts.article-repair-after-an-argument', title: draftTitle('repair-after-an-argument')},
      {_id: 'article-small-ways-to-show-appreciation', _originalId: 'drafts.article-small-ways-to-show-appreciation', title: draftTitle('small-ways-to-show-appreciation')},
    ])
  })

  it('needs the preview token over HTTP', async () => {
    const client = createClient(localApi(server.origin))
    await expect(client.fetch('*[_type == "article"][0]._id', {}, {perspective: 'drafts'})).rejects.toMatchObject({statusCode: 401})
    const authorised = client.withConfig({token: 'test-preview-secret-0123'})
    expect(await authorised.fetch('count(*[_type == "article"])', {}, {perspective: 'drafts'})).toBe(7)
  })
})

async function get(path: string) {
  const response = await fetch(`${server.origin}${path}`)
  return {status: response.status, body: await response.json()}
}

describe('the HTTP API', () => {
  it('answers POST with a JSON body, as @sanity/client sends long queries', async () => {
    const response = await fetch(`${server.origin}/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query: '*[_type == "topic" && slug.current == $slug][0].title', params: {slug: 'trust'}}),
    })
    const body = (await response.json()) as {query: string; result: unknown; ms: number}
    expect({status: response.status, query: body.query, result: body.result, ms: typeof body.ms}).toEqual({
      status: 200,
      query: '*[_type == "topic" && slug.current == $slug][0].title',
      result: 'Trust',
      ms: 'number',
    })
  })

  it('says what is wrong with bad requests', async () => {
    expect(await get('/v2025-02-19/data/query/staging?query=1')).toEqual({
      status: 404,
      body: {statusCode: 404, error: 'Not Found', message: 'Dataset "staging" not found.'},
    })
    expect(await get('/v2025-02-19/data/query/production?query=$x&$x=not-json')).toMatchObject({
      status: 400,
      body: {error: {type: 'queryParseError', description: 'Unable to parse value of "$x=not-json": parameters are JSON, e.g. $slug="hello".'}},
    })
    expect(await get('/v2025-02-19/data/query/production?query=1&perspective=previewDrafts')).toEqual({
      status: 401,
      body: {statusCode: 401, error: 'Unauthorized', message: 'The "drafts" perspective needs a valid preview token.'},
    })
    expect(await get('/v2025-02-19/data/query/production?query=1&perspective=nonsense')).toMatchObject({status: 400})
  })
})

describe('raw', () => {
  it('returns drafts and published documents side by side', async () => {
    const ids = await source.fetch<string[]>('*[_type == "article" && slug.current == "repair-after-an-argument"]._id', {}, {perspective: 'raw'})
    expect(ids.toSorted()).toEqual(['article-repair-after-an-argument', 'drafts.article-repair-after-an-argument'])
  })

  it('refuses a wrong token with 401 and never says why in detail', async () => {
    const response = await fetch(`${server.origin}/v2025-02-19/data/query/production?query=1&perspective=raw`, {headers: {authorization: 'Bearer wrong'}})
    expect({status: response.status, body: await response.json()}).toEqual({
      status: 401,
      body: {statusCode: 401, error: 'Unauthorized', message: 'The "raw" perspective needs a valid preview token.'},
    })
  })
})

function draftTitle(slug: string): string {
  const draft = documents.find((d) => d._id.startsWith('drafts.') && (d.slug as {current: string}).current === slug)
  return draft?.title as string
}

describe('a raw dataset with repeated ids (allowed in memory)', () => {
  it('answers as a scan would: every match for _id ==, the first for ->', async () => {
    const raw = createDatasetSource(
      [
        {_id: 'x', _type: 't', n: 1},
        {_id: 'x', _type: 't', n: 2},
        {_id: 'y', _type: 't', ref: {_ref: 'x'}},
      ],
      {perspective: 'raw'},
    )
    expect(await raw.fetch('{"all": *[_id == "x"].n, "deref": *[_id == "y"][0].ref->n}')).toEqual({all: [1, 2], deref: 1})
  })
})
