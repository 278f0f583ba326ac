/**
 * The Studio's article lists (studio/src/structure.ts) over the example dataset's drafts,
 * queried as the Studio 6.16 queries a document list: its filter inside
 * `*[_type in $__types && (filter)]{_type, _id, _originalId}` with the perspective stack it
 * shows, `drafts` by default (issue 7 §6). Under that perspective a draft comes back under
 * its published `_id`, so the lists must not filter on `_id in path("drafts.**")`.
 */
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {fileURLToPath} from 'node:url'

import {createClient} from '@sanity/client'
import {createDatasetSource, type Perspective} from '@practice-press/sdk'
import {createQueryListener, readExport} from '@practice-press/sdk/node'
import {firstValueFrom, of} from 'rxjs'
import {describe, expect, it} from 'vitest'

import {
  DRAFT_ARTICLES_FILTER,
  LIVE_ARTICLE_IDS_QUERY,
  NEVER_PUBLISHED_ARTICLES_FILTER,
  PUBLISHED_ARTICLES_FILTER,
  articleListParams,
} from '../src/article-lists.ts'
import {liveArticleParams} from '../src/live-article-ids.ts'

const source = createDatasetSource(await readExport(fileURLToPath(new URL('../../content', import.meta.url))))

const LIVE = [
  'article-boundaries-with-family',
  'article-listening-so-your-partner-feels-heard',
  'article-managing-conflict-over-money',
  'article-repair-after-an-argument',
  'article-weekly-check-in-ritual',
  'article-when-to-try-couples-therapy',
]

/** A document list as the Studio asks for it (groqLegacy search with no search words). */
async function studioList(filter: string, perspective: Perspective, params: Record<string, unknown> = {}) {
  const rows = await source.fetch<{_id: string; _originalId: string | null}[]>(
    `*[_type in $__types && (${filter})]{_type, _id, _originalId} | order(_id asc) [0...$__limit]`,
    {__types: ['article'], __limit: 101, ...params},
    {perspective},
  )
  return rows.map((row) => (row._originalId && row._originalId !== row._id ? `${row._id} (from ${row._originalId})` : row._id))
}

async function liveIds() {
  return articleListParams(await source.fetch<string[]>(LIVE_ARTICLE_IDS_QUERY, {}, {perspective: 'published'}))
}

describe('under the drafts perspective (what the Studio sends by default)', () => {
  it('Published lists what is live, including a live article that has a newer draft', async () => {
    expect(await studioList(PUBLISHED_ARTICLES_FILTER, 'drafts', await liveIds())).toEqual([
      'article-boundaries-with-family',
      'article-listening-so-your-partner-feels-heard',
      'article-managing-conflict-over-money',
      'article-repair-after-an-argument (from drafts.article-repair-after-an-argument)',
      'article-weekly-check-in-ritual',
      'article-when-to-try-couples-therapy',
    ])
  })

  it('Drafts lists every article with unpublished changes', async () => {
    expect(await studioList(DRAFT_ARTICLES_FILTER, 'drafts')).toEqual([
      'article-repair-after-an-argument (from drafts.article-repair-after-an-argument)',
      'article-small-ways-to-show-appreciation (from drafts.article-small-ways-to-show-appreciation)',
    ])
  })

  it('Never published lists the drafts with nothing live', async () => {
    expect(await studioList(NEVER_PUBLISHED_ARTICLES_FILTER, 'drafts', await liveIds())).toEqual([
      'article-small-ways-to-show-appreciation (from drafts.article-small-ways-to-show-appreciation)',
    ])
  })

  it('the old filters could not tell them apart (the fault these lists fix)', async () => {
    expect({
      drafts: await studioList('_type == "article" && _id in path("drafts.**")', 'drafts'),
      published: (await studioList('_type == "article" && !(_id in path("drafts.**"))', 'drafts')).length,
    }).toEqual({drafts: [], published: 7})
  })
})

it('over HTTP, as the Studio sends it (@sanity/client, perspective ["drafts"]), the lists are the same', async () => {
  const server = createServer(createQueryListener(source, {previewToken: 'test-preview-secret-0123'}))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const client = createClient({projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', apiHost, useProjectHostname: false, useCdn: false, token: 'test-preview-secret-0123'})
    const params = articleListParams(await client.fetch<string[]>(LIVE_ARTICLE_IDS_QUERY, {}, {perspective: 'published'}))
    const list = async (filter: string) =>
      (await client.fetch<{_id: string}[]>(`*[_type in $__types && (${filter})]{_type, _id, _originalId} | order(_id asc)`, {__types: ['article'], ...params}, {perspective: ['drafts']})).map(
        (row) => row._id,
      )
    expect({
      published: await list(PUBLISHED_ARTICLES_FILTER),
      drafts: await list(DRAFT_ARTICLES_FILTER),
      neverPublished: await list(NEVER_PUBLISHED_ARTICLES_FILTER),
    }).toEqual({
      published: LIVE,
      drafts: ['article-repair-after-an-argument', 'article-small-ways-to-show-appreciation'],
      neverPublished: ['article-small-ways-to-show-appreciation'],
    })
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

describe('under the published perspective (the Studio’s perspective menu)', () => {
  it('Published lists every live article; the drafts lists are empty', async () => {
    const params = await liveIds()
    expect({
      published: await studioList(PUBLISHED_ARTICLES_FILTER, 'published', params),
      drafts: await studioList(DRAFT_ARTICLES_FILTER, 'published'),
      neverPublished: await studioList(NEVER_PUBLISHED_ARTICLES_FILTER, 'published', params),
    }).toEqual({published: LIVE, drafts: [], neverPublished: []})
  })
})

describe('the live ids', () => {
  it('are read with the published perspective, whatever the Studio shows', async () => {
    expect((await liveIds()).liveIds.toSorted()).toEqual(LIVE)
    const raw = articleListParams(await source.fetch<string[]>(LIVE_ARTICLE_IDS_QUERY, {}, {perspective: 'raw'}))
    expect(raw.liveIds.toSorted()).toEqual(LIVE)
  })

  it('come from the document store’s listenQuery, so open lists follow publishing', async () => {
    const calls: unknown[] = []
    const store = {
      listenQuery(query: string, params: Record<string, never>, options: {perspective: 'published'; tag: string}) {
        calls.push({query, params, options})
        return of(['article-a', null, 'article-b'])
      },
    }
    expect(await firstValueFrom(liveArticleParams(store))).toEqual({liveIds: ['article-a', 'article-b']})
    expect(calls).toEqual([{query: LIVE_ARTICLE_IDS_QUERY, params: {}, options: {perspective: 'published', tag: 'structure.live-article-ids'}}])
  })
})
