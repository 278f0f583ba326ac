/**
 * The store's snapshot after a commit is made from the one before by what changed
 * (`nextDatasetSource`, `updateDatasetView`): the indexes, and the sorted buckets of
 * `order(...)[a...b]`, are updated, not rebuilt. Differential: after every transaction of
 * a random sequence, each query answers on the updated snapshot exactly as on a source
 * built afresh over the same documents, in every perspective.
 */
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'

import {createDatasetSource, type DatasetSource, type Perspective} from '@practice-press/sdk'
import {isStoreError, openDatasetStore, type DatasetStore, type Mutation} from '@practice-press/sdk/node'
import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {tempFolders} from './temp-folders.ts'

const folders = tempFolders('incremental')
async function emptyStore(): Promise<DatasetStore> {
  const dir = await folders.empty()
  await writeFile(join(dir, 'data.ndjson'), '')
  return openDatasetStore(dir)
}

const QUERIES: Array<[string, Record<string, unknown>]> = [
  ['*[_type == "article"] | order(publishedAt desc) [0...5]{_id, _originalId, title, publishedAt}', {}],
  ['*[_type == "article"] | order(rank asc, title desc) [0...20]{_id, rank, title}', {}],
  ['*[_type == "article" && defined(slug.current)] | order(publishedAt asc) [1...4]{_id}', {}],
  ['*[_type == $type] | order(title) [0...3]{_id, title}', {type: 'topic'}],
  // An order that reads another document: its sorted bucket is dropped by a change, not updated.
  ['*[_type == "article"] | order(topic->title desc, _id) [0...10]{_id}', {}],
  ['*[slug.current == $slug]{_id, _type, title}', {slug: 'b'}],
  ['*[_id == $id][0]{_id, title, rank}', {id: 'a2'}],
  ['*[_type == "topic"]{_id, title, "articles": count(*[_type == "article" && references(^._id)])}', {}],
  ['count(*)', {}],
]
const PERSPECTIVES: Perspective[] = ['published', 'drafts', 'raw']

async function answers(source: DatasetSource): Promise<unknown[]> {
  const all: unknown[] = []
  for (const perspective of PERSPECTIVES) for (const [query, params] of QUERIES) all.push(await source.fetch(query, params, {perspective}))
  return all
}

const ids = fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 't1', 't2')
const stored = fc.tuple(fc.boolean(), ids).map(([draft, id]) => (draft ? `drafts.${id}` : id))
const field = fc.oneof(
  fc.record({title: fc.constantFrom('Alpha', 'beta', 'Gamma', 'alpha', '')}),
  fc.record({publishedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z', '2026-06-01T00:00:00Z', null)}),
  fc.record({rank: fc.constantFrom(1, 2, 2, '2', null, true)}),
  fc.record({slug: fc.constantFrom({_type: 'slug', current: 'a'}, {_type: 'slug', current: 'b'}, {_type: 'slug', current: 'c'})}),
  fc.record({topic: fc.constantFrom({_type: 'reference', _ref: 't1', _weak: true}, {_type: 'reference', _ref: 't2', _weak: true})}),
)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(stored, fc.array(field, {maxLength: 4})).map(([id, fields]) => ({
    createOrReplace: {_id: id, _type: /(^|\.)t\d$/.test(id) ? 'topic' : 'article', ...Object.assign({}, ...fields)},
  })),
  fc.tuple(stored, field).map(([id, fields]) => ({patch: {id, set: fields}}) as Mutation),
  stored.map((id) => ({delete: {id}})),
)

const article = (n: number, date: string) => ({_id: `a${n}`, _type: 'article', title: `Article ${n}`, publishedAt: date})

describe('the snapshot after a commit', () => {
  it('answers every query, in every perspective, as a source built afresh over the same documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(mutation, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 12}), async (transactions) => {
        const store = await emptyStore()
        try {
          await answers(store.source)
          for (const transaction of transactions) {
            try {
              await store.commit(transaction)
            } catch (error) {
              // A patch of a document that is not there, and the like: the store refuses it whole.
              if (!isStoreError(error)) throw error
              continue
            }
            const fresh = createDatasetSource(store.source.documents)
            expect(await answers(store.source)).toEqual(await answers(fresh))
          }
        } finally {
          await store.close()
        }
      }),
      {numRuns: 40},
    )
  })

  it('keeps the sorted bucket of the ordered-slice fast path through a commit, and builds afresh after a large one', async () => {
    const store = await emptyStore()
    await store.commit(Array.from({length: 30}, (_, n) => ({create: article(n, `2026-0${1 + (n % 9)}-01T00:00:00Z`)})))
    const query = '*[_type == "article"] | order(publishedAt desc, _id) [0...3]{_id}'
    await store.source.fetch(query)
    await store.commit([{patch: {id: 'a4', set: {publishedAt: '2027-01-01T00:00:00Z'}}}, {delete: {id: 'a8'}}])
    const after = await store.source.fetch(query)
    expect(after).toEqual([{_id: 'a4'}, {_id: 'a17'}, {_id: 'a26'}])
    expect(after).toEqual(await createDatasetSource(store.source.documents).fetch(query))
    // More than 64 changes at once: the view is built again, with the same answers.
    await store.commit(Array.from({length: 70}, (_, n) => ({createOrReplace: article(100 + n, '2028-01-01T00:00:00Z')})))
    expect(await store.source.fetch(query)).toEqual([{_id: 'a100'}, {_id: 'a101'}, {_id: 'a102'}])
    await store.close()
  })

  it('refuses to delete a document still referred to, as references come and go over many commits', async () => {
    const store = await emptyStore()
    await store.commit([{create: {_id: 't1', _type: 'topic'}}, {create: {_id: 'a1', _type: 'article', topic: {_type: 'reference', _ref: 't1'}}}])
    await expect(store.commit([{delete: {id: 't1'}}])).rejects.toMatchObject({code: 'conflict', message: expect.stringContaining('"a1"')})
    await store.commit([{patch: {id: 'a1', unset: ['topic']}}, {create: {_id: 'drafts.a2', _type: 'article', topics: [{_key: 'k', _type: 'reference', _ref: 't1'}]}}])
    await expect(store.commit([{delete: {id: 't1'}}])).rejects.toMatchObject({code: 'conflict', message: expect.stringContaining('"drafts.a2"')})
    await store.commit([{delete: {id: 'drafts.a2'}}])
    await store.commit([{delete: {id: 't1'}}])
    expect(store.get('t1')).toBeUndefined()
    await store.close()
  })
})
