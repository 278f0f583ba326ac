/**
 * `refresh()`: a read-only store beside a writer (serve beside import) catches up with what
 * the writer committed, with the same events, and reads all again after a compaction.
 */
import {openDatasetStore} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

import {tempFolders} from './temp-folders.ts'

const {copyOfContent} = tempFolders('refresh')
describe('refresh: a reader catching up with a writer', () => {
  it('applies what the writer appended, with the events its commit gave; reads all again after a compaction; does nothing twice', async () => {
    const dir = await copyOfContent()
    const writer = await openDatasetStore(dir)
    const reader = await openDatasetStore(dir, {readOnly: true})
    const seen: string[] = []
    reader.listen((event) => seen.push(`${event.transition} ${event.documentId}`))
    const committed: string[] = []
    writer.listen((event) => committed.push(`${event.transition} ${event.documentId}`))
    await writer.commit([{create: {_id: 'drafts.article-new', _type: 'article', title: 'New'}}, {patch: {id: 'practice', set: {name: 'Talk with Lia, renamed'}}}])
    await writer.commit([{delete: {id: 'drafts.article-new'}}])
    expect(await reader.refresh()).toEqual({transactions: 2, reloaded: false})
    expect(seen).toEqual(committed)
    expect(reader.get('practice')).toMatchObject({name: 'Talk with Lia, renamed'})
    expect(reader.revision).toBe(writer.revision)
    expect(await reader.refresh()).toEqual({transactions: 0, reloaded: false})
    expect(await writer.refresh()).toEqual({transactions: 0, reloaded: false})
    await writer.close()
    // The writer compacted into data.ndjson and emptied its journal: the reader reads all again.
    expect(await reader.refresh()).toMatchObject({reloaded: true})
    expect(reader.get('practice')).toMatchObject({name: 'Talk with Lia, renamed'})
    expect(seen.length).toBe(3)
    await reader.close()
  })

  it('after a compaction it missed, gives one event per document that changed, and none for the rest', async () => {
    const dir = await copyOfContent()
    const reader = await openDatasetStore(dir, {readOnly: true})
    const count = reader.source.documents.length
    const seen: Array<{transition: string; documentId: string; resultRev?: string | undefined; mutations: unknown[]}> = []
    reader.listen((event) => seen.push({transition: event.transition, documentId: event.documentId, resultRev: event.resultRev, mutations: event.mutations}))
    const writer = await openDatasetStore(dir)
    const {transactionId} = await writer.commit([{create: {_id: 'drafts.article-new', _type: 'article', title: 'New'}}, {patch: {id: 'practice', set: {name: 'Renamed'}}}])
    await writer.commit([{delete: {id: 'drafts.article-new'}}, {create: {_id: 'topic-new', _type: 'topic', title: 'New topic'}}])
    await writer.close()
    expect(await reader.refresh()).toMatchObject({reloaded: true})
    expect(seen.map(({transition, documentId}) => `${transition} ${documentId}`).toSorted()).toEqual(['appear topic-new', 'update practice'])
    expect(seen.find((event) => event.documentId === 'practice')).toMatchObject({resultRev: transactionId, mutations: [{createOrReplace: {_id: 'practice', name: 'Renamed'}}]})
    expect(reader.source.documents.length).toBe(count + 1)
    await reader.close()
  })
})
