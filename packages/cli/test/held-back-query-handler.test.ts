/** The query API's hold-back of scheduled articles, with a clock the test moves. */
import type {DatasetDocument} from '@practice-press/sdk'
import {expect, it} from 'vitest'

import {createHeldBackQueryHandler} from '@practice-press/cli/app'

const documents = [
  {_id: 'article-now', _type: 'article', publishedAt: '2026-01-01T00:00:00Z'},
  {_id: 'article-later', _type: 'article', publishedAt: '2026-06-01T00:00:00-05:00'},
  {_id: 'drafts.article-later', _type: 'article', publishedAt: '2026-06-01T00:00:00-05:00'},
] as DatasetDocument[]

it('holds an article back until its time comes, then serves it without a restart', async () => {
  let now = Date.parse('2026-06-01T04:59:59Z')
  const handle = createHeldBackQueryHandler(documents, {dataset: 'production', previewToken: 'a-test-preview-token-0123', now: () => now})
  const ids = async (token?: string) => {
    const url = `http://localhost/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_type == "article"]._id')}${token ? '&perspective=drafts' : ''}`
    const response = await handle(new Request(url, {headers: token ? {authorization: `Bearer ${token}`} : {}}))
    return ((await response.json()) as {result: string[]}).result.toSorted()
  }
  expect(await ids()).toEqual(['article-now'])
  expect(await ids('a-test-preview-token-0123')).toEqual(['article-later', 'article-now'])
  now = Date.parse('2026-06-01T05:00:00Z')
  expect(await ids()).toEqual(['article-later', 'article-now'])
})
