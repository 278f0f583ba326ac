/**
 * The writable dataset store: Sanity mutations applied with @sanity/mutator, in
 * transactions, with the Content Lake's revisions and timestamps, the listener's events,
 * and durability: a crash after any step of a commit or a compaction (fault injection),
 * and repeated `kill -9` of a process writing, lose no acknowledged transaction and
 * leave no torn file.
 */
import {spawn} from 'node:child_process'
import {appendFile, cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

import {isStoreError, openDatasetStore, readExport, type DatasetStore, type MutationEvent, type StoreStep} from '@practice-press/sdk/node'
import {afterEach, describe, expect, it} from 'vitest'

const CONTENT = resolve(import.meta.dirname, '../../../../content')
const folders: string[] = []
const stores: DatasetStore[] = []

async function copyOfContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'practice-press-store-'))
  folders.push(dir)
  await cp(CONTENT, dir, {recursive: true})
  return dir
}
async function open(dir: string, options: Parameters<typeof openDatasetStore>[1] = {}) {
  const store = await openDatasetStore(dir, {now: () => new Date('2026-12-07T10:00:00.000Z'), ...options})
  stores.push(store)
  return store
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined)
  for (const dir of folders.splice(0)) await rm(dir, {recursive: true, force: true})
})

const byId = (documents: Array<{_id: string}>): Record<string, Record<string, unknown> | undefined> => Object.fromEntries(documents.map((document) => [document._id, document]))

describe('mutations', () => {
  it('create, createOrReplace, createIfNotExists, patch and delete, with _rev, _createdAt and _updatedAt as the Content Lake sets them', async () => {
    const store = await open(await copyOfContent())
    const first = await store.commit(
      [
        {create: {_id: 'drafts.note', _type: 'topic', title: 'Draft', tags: ['a', 'c'], count: 1, body: 'Hello world'}},
        {createIfNotExists: {_id: 'practice', _type: 'practice', name: 'Ignored'}},
      ],
      {transactionId: 'tx1'},
    )
    expect(first.results).toEqual([{id: 'drafts.note', operation: 'create'}])
    expect(store.get('drafts.note')).toMatchObject({_rev: 'tx1', _createdAt: '2026-12-07T10:00:00.000Z', _updatedAt: '2026-12-07T10:00:00.000Z'})
    expect(store.get('practice')?.name).toBe('Talk with Lia')

    await store.commit(
      [
        {
          patch: {
            id: 'drafts.note',
            ifRevisionID: 'tx1',
            set: {title: 'Renamed'},
            unset: ['body'],
            setIfMissing: {subtitle: 'Kept'},
            inc: {count: 2},
            insert: {after: 'tags[0]', items: ['b']},
          },
        },
        {patch: {id: 'drafts.note', dec: {count: 1}}},
      ],
      {transactionId: 'tx2'},
    )
    expect(store.get('drafts.note')).toMatchObject({_rev: 'tx2', title: 'Renamed', subtitle: 'Kept', count: 2, tags: ['a', 'b', 'c']})
    expect(store.get('drafts.note')).not.toHaveProperty('body')

    await store.commit([{patch: {id: 'drafts.note', diffMatchPatch: {title: '@@ -1,7 +1,8 @@\n Renamed\n+!\n'}}}], {transactionId: 'tx3'})
    expect(store.get('drafts.note')?.title).toBe('Renamed!')

    const created = store.get('drafts.note')?._createdAt
    await store.commit([{createOrReplace: {_id: 'drafts.note', _type: 'topic', title: 'Replaced'}}], {transactionId: 'tx4'})
    expect(store.get('drafts.note')).toEqual({_id: 'drafts.note', _type: 'topic', title: 'Replaced', _rev: 'tx4', _createdAt: created, _updatedAt: '2026-12-07T10:00:00.000Z'})

    const gone = await store.commit([{delete: {id: 'drafts.note'}}], {transactionId: 'tx5'})
    expect(gone.results).toEqual([{id: 'drafts.note', operation: 'delete'}])
    expect(store.get('drafts.note')).toBeUndefined()
    expect(store.revision).toBe('tx5')
  })

  it('a create without _id gets one', async () => {
    const store = await open(await copyOfContent())
    const {results} = await store.commit([{create: {_type: 'topic', title: 'No id'}}])
    expect(results).toHaveLength(1)
    expect(store.get(results[0]!.id)?.title).toBe('No id')
  })

  it.each([
    ['an ifRevisionID that is not the revision', [{patch: {id: 'practice', ifRevisionID: 'stale', set: {name: 'X'}}}], 'conflict'],
    ['create of an existing id', [{create: {_id: 'practice', _type: 'practice'}}], 'exists'],
    ['patch of a missing document', [{patch: {id: 'nothing-here', set: {a: 1}}}], 'missing'],
    ['a mutation of no known kind', [{upsert: {_id: 'a', _type: 't'}}], 'invalid'],
    ['a document without _type', [{createOrReplace: {_id: 'a'}}], 'invalid'],
    ['a patch that changes _type to nothing', [{patch: {id: 'practice', set: {_type: ''}}}], 'invalid'],
    ['no mutations', [], 'invalid'],
    ['a patch operation that does not exist', [{patch: {id: 'practice', sett: {name: 'X'}}}], 'invalid'],
    ['a patch that changes nothing', [{patch: {id: 'practice'}}], 'invalid'],
    ['an id with a slash and a space', [{createOrReplace: {_id: '../etc x', _type: 'topic'}}], 'invalid'],
    ['an id with a line break', [{createOrReplace: {_id: 'a\nb', _type: 'topic'}}], 'invalid'],
  ])('%s is refused, and nothing of the transaction is applied or written', async (_name, mutations, code) => {
    const dir = await copyOfContent()
    const store = await open(dir)
    const before = await readFile(join(dir, 'data.ndjson'))
    const events: MutationEvent[] = []
    store.listen((event) => events.push(event))
    const error = await store
      .commit([{createOrReplace: {_id: 'first-of-the-transaction', _type: 'topic'}}, ...(mutations as never[])].slice(mutations.length === 0 ? 1 : 0))
      .catch((caught: unknown) => caught)
    expect(isStoreError(error) && error.code).toBe(code)
    expect(store.get('first-of-the-transaction')).toBeUndefined()
    expect(events).toEqual([])
    expect(store.revision).toBeUndefined()
    await store.close()
    expect((await readFile(join(dir, 'data.ndjson'))).equals(before)).toBe(true)
  })
})

describe('deletes and references', () => {
  it('a document something still refers to strongly cannot be deleted, as in the Content Lake; weak references and holders changed in the same transaction do not count', async () => {
    const store = await open(await copyOfContent())
    const assetId = [...store.source.documents].find((document) => document._type === 'sanity.imageAsset' && JSON.stringify(store.source.documents).includes(`"_ref":"${document._id}"`))!._id
    const refused = await store.commit([{delete: {id: assetId}}]).catch((caught: unknown) => caught)
    expect(isStoreError(refused) && refused.code).toBe('conflict')
    expect((refused as Error).message).toMatch(new RegExp(`Document "${assetId}" cannot be deleted: ".+" still refer`))
    expect(store.get(assetId)).toBeDefined()

    await store.commit([{createOrReplace: {_id: 'topic-target', _type: 'topic'}}, {createOrReplace: {_id: 'topic-weak-holder', _type: 'topic', related: {_type: 'reference', _ref: 'topic-target', _weak: true}}}])
    await expect(store.commit([{delete: {id: 'topic-target'}}])).resolves.toMatchObject({results: [{id: 'topic-target', operation: 'delete'}]})

    await store.commit([{createOrReplace: {_id: 'topic-target-2', _type: 'topic'}}, {createOrReplace: {_id: 'topic-holder', _type: 'topic', related: {_type: 'reference', _ref: 'topic-target-2'}}}])
    await expect(store.commit([{delete: {id: 'topic-target-2'}}])).rejects.toMatchObject({code: 'conflict'})
    // Dropping the reference (or deleting the holder) in the same transaction lets the delete through.
    await expect(store.commit([{patch: {id: 'topic-holder', unset: ['related']}}, {delete: {id: 'topic-target-2'}}])).resolves.toBeDefined()
    // A reference made in the same transaction blocks it.
    await store.commit([{createOrReplace: {_id: 'topic-target-3', _type: 'topic'}}])
    await expect(store.commit([{createOrReplace: {_id: 'topic-new-holder', _type: 'topic', related: {_type: 'reference', _ref: 'topic-target-3'}}}, {delete: {id: 'topic-target-3'}}])).rejects.toMatchObject({code: 'conflict'})
  })
})

describe('events and the snapshot', () => {
  it('each transaction gives one event per document, in the shape of Sanity’s listener', async () => {
    const store = await open(await copyOfContent())
    const events: MutationEvent[] = []
    const stop = store.listen((event) => events.push(event))
    const previousRev = store.get('practice')?._rev
    await store.commit([{create: {_id: 'topic-new', _type: 'topic', title: 'New'}}, {patch: {id: 'practice', set: {name: 'Talk with Lia!'}}}, {delete: {id: 'topic-new'}}, {create: {_id: 'topic-two', _type: 'topic', title: 'Two'}}], {transactionId: 'txA'})
    expect(events.map(({documentId, transition, previousRev: previous, resultRev, transactionCurrentEvent, transactionTotalEvents}) => ({documentId, transition, previous, resultRev, transactionCurrentEvent, transactionTotalEvents}))).toEqual([
      {documentId: 'practice', transition: 'update', previous: previousRev, resultRev: 'txA', transactionCurrentEvent: 1, transactionTotalEvents: 2},
      {documentId: 'topic-two', transition: 'appear', previous: undefined, resultRev: 'txA', transactionCurrentEvent: 2, transactionTotalEvents: 2},
    ])
    expect(events[0]).toMatchObject({type: 'mutation', eventId: 'txA#practice', transactionId: 'txA', timestamp: '2026-12-07T10:00:00.000Z', visibility: 'transaction', mutations: [{patch: {id: 'practice', set: {name: 'Talk with Lia!'}}}]})
    expect(events[0]?.result?.name).toBe('Talk with Lia!')
    stop()
    await store.commit([{delete: {id: 'topic-two'}}])
    expect(events).toHaveLength(2)
  })

  it('the snapshot answers GROQ with the change, drafts only in the drafts perspective', async () => {
    const store = await open(await copyOfContent())
    const before = store.source
    await store.commit([{createOrReplace: {_id: 'drafts.topic-draft', _type: 'topic', title: 'Only a draft'}}, {patch: {id: 'practice', set: {name: 'Renamed practice'}}}])
    expect(store.source).not.toBe(before)
    expect(await store.source.fetch('*[_id == "practice"][0].name')).toBe('Renamed practice')
    expect(await before.fetch('*[_id == "practice"][0].name')).toBe('Talk with Lia')
    expect(await store.source.fetch('*[_type == "topic" && title == "Only a draft"]')).toEqual([])
    expect(await store.source.fetch('*[_type == "topic" && title == "Only a draft"][0]._id', {}, {perspective: 'drafts'})).toBe('topic-draft')
  })
})

describe('what callers get', () => {
  it('a listener that throws fails neither the commit nor the other listeners; it is reported', async () => {
    const errors: unknown[] = []
    const store = await open(await copyOfContent(), {onError: (error) => errors.push(error)})
    const heard: string[] = []
    store.listen(() => {
      throw new Error('listener boom')
    })
    store.listen((event) => heard.push(event.documentId))
    await expect(store.commit([{createOrReplace: {_id: 'topic-heard', _type: 'topic', title: 'Heard'}}])).resolves.toMatchObject({results: [{id: 'topic-heard', operation: 'create'}]})
    expect(heard).toEqual(['topic-heard'])
    expect(errors.map((error) => (error as Error).message)).toEqual(['listener boom'])
  })

  it('documents from get() and events are frozen: a caller cannot change the store behind its back', async () => {
    const dir = await copyOfContent()
    const store = await open(dir)
    const events: MutationEvent[] = []
    store.listen((event) => events.push(event))
    expect(() => {
      ;(store.get('practice') as unknown as {name: string}).name = 'changed in place'
    }).toThrow(TypeError)
    await store.commit([{createOrReplace: {_id: 'topic-f', _type: 'topic', title: 'F', tags: ['a']}}])
    const tags = events[0]!.result!.tags as string[]
    expect(() => tags.push('b')).toThrow(TypeError)
    await store.close()
    expect(byId(await readExport(dir)).practice?.name).toBe('Talk with Lia')
  })

  it('values are stored as JSON, the same in memory, in the journal and after compaction', async () => {
    const dir = await copyOfContent()
    const store = await open(dir)
    await store.commit([{createOrReplace: {_id: 'topic-json', _type: 'topic', title: 'J', when: new Date(0) as unknown as string, gone: undefined}}])
    expect(store.get('topic-json')).toMatchObject({when: '1970-01-01T00:00:00.000Z'})
    expect(store.get('topic-json')).not.toHaveProperty('gone')
    expect((await openDatasetStore(dir, {readOnly: true})).get('topic-json')?.when).toBe('1970-01-01T00:00:00.000Z')
    await store.close()
    expect(byId(await readExport(dir))['topic-json']?.when).toBe('1970-01-01T00:00:00.000Z')
  })
})

describe('on disk', () => {
  it('reopened without closing (the journal replayed) and after close (compacted into the export), it holds the same documents', async () => {
    const dir = await copyOfContent()
    const store = await open(dir)
    await store.commit([{createOrReplace: {_id: 'topic-kept', _type: 'topic', title: 'Kept'}}, {patch: {id: 'practice', set: {description: 'Changed'}}}])
    await store.commit([{delete: {id: 'topic-kept'}}, {create: {_id: 'topic-other', _type: 'topic', title: 'Other'}}])
    const expected = byId([...store.source.documents])
    const replayed = await openDatasetStore(dir)
    expect(byId([...replayed.source.documents])).toEqual(expected)
    expect(replayed.revision).toBe(store.revision)
    await store.close()
    expect(await readFile(join(dir, '.data.ndjson.journal'), 'utf8')).toBe('')
    // readExport, which knows nothing of the journal, reads the compacted export: pictures as _sanityAsset pointers again.
    expect(byId(await readExport(dir))).toEqual(expected)
    expect(await readFile(join(dir, 'data.ndjson'), 'utf8')).toContain('"_sanityAsset":"image@file://./images/')
  })

  it('a compacted example dataset reads back exactly as it was', async () => {
    const dir = await copyOfContent()
    const store = await open(dir, {compactAfter: 1})
    await store.commit([{createOrReplace: {_id: 'topic-x', _type: 'topic', title: 'X'}}])
    await store.commit([{delete: {id: 'topic-x'}}])
    expect(byId(await readExport(dir))).toEqual(byId(await readExport(CONTENT)))
    expect(JSON.parse(await readFile(join(dir, 'assets.json'), 'utf8'))).toEqual(JSON.parse(await readFile(join(CONTENT, 'assets.json'), 'utf8')))
  })

  it('compaction keeps what an asset document holds, a weak asset reference, and a key named __proto__', async () => {
    const dir = await copyOfContent()
    const store = await open(dir)
    const assetId = (await readExport(dir)).find((document) => document._type === 'sanity.imageAsset')!._id
    const article = [...store.source.documents].find((document) => JSON.stringify(document).includes(`"_ref":"${assetId}"`))!
    await store.commit([
      {patch: {id: assetId, set: {title: 'A title', altText: 'Alt on the asset', creditLine: 'Photo: someone', description: 'Described'}}},
      {createOrReplace: {_id: 'topic-weak', _type: 'topic', picture: {_type: 'image', asset: {_type: 'reference', _ref: assetId, _weak: true}}}},
      {createOrReplace: JSON.parse('{"_id": "topic-proto", "_type": "topic", "data": {"__proto__": {"kept": true}}}') as never},
    ])
    const expected = byId([...store.source.documents])
    await store.close()
    const read = byId(await readExport(dir))
    expect(read[assetId]).toMatchObject({title: 'A title', altText: 'Alt on the asset', creditLine: 'Photo: someone', description: 'Described'})
    expect(read['topic-weak']).toEqual(expected['topic-weak'])
    expect(Object.keys(read['topic-proto']!.data as object)).toEqual(['__proto__'])
    expect(read[article._id]).toEqual(expected[article._id])
  })

  it('a journal read line by line: hundreds of transactions replayed', async () => {
    const dir = await copyOfContent()
    const store = await open(dir, {compactAfter: 10_000})
    for (let n = 0; n < 300; n++) await store.commit([{patch: {id: 'practice', set: {counter: n}}}])
    const replayed = await openDatasetStore(dir, {readOnly: true})
    expect(replayed.get('practice')?.counter).toBe(299)
    expect(replayed.revision).toBe(store.revision)
  })

  it('a torn last journal line (a crash mid-write) is left out; a broken line before it is named with file and line', async () => {
    const dir = await copyOfContent()
    const store = await open(dir)
    await store.commit([{createOrReplace: {_id: 'topic-one', _type: 'topic', title: 'One'}}])
    const journal = join(dir, '.data.ndjson.journal')
    await appendFile(journal, '{"transactionId":"torn","timestamp":"2026')
    const reopened = await openDatasetStore(dir)
    expect(reopened.get('topic-one')?.title).toBe('One')
    await reopened.commit([{createOrReplace: {_id: 'topic-two', _type: 'topic', title: 'Two'}}])
    expect((await openDatasetStore(dir)).get('topic-two')?.title).toBe('Two')
    await writeFile(journal, `not json\n${await readFile(journal, 'utf8')}`)
    const error = await openDatasetStore(dir).catch((caught: unknown) => caught)
    expect(isStoreError(error) && error.code).toBe('corrupt')
    expect((error as Error).message).toContain(`${journal}:1:`)
  })

  it('an export archive opens read-only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'practice-press-store-'))
    folders.push(dir)
    const archive = join(dir, 'content.tar.gz')
    await new Promise<void>((done, fail) =>
      spawn('node', ['scripts/pack-content.ts', archive], {cwd: resolve(CONTENT, '..'), stdio: 'ignore'}).on('exit', (code) => (code === 0 ? done() : fail(new Error(`pack-content exited ${code}`)))),
    )
    const store = await open(archive)
    expect(store.get('practice')?.name).toBe('Talk with Lia')
    const error = await store.commit([{patch: {id: 'practice', set: {name: 'X'}}}]).catch((caught: unknown) => caught)
    expect(isStoreError(error) && error.code).toBe('read-only')
  })
})

describe('durability', () => {
  const STEPS: StoreStep[] = ['journal-written', 'journal-synced', 'data-written', 'assets-written', 'assets-renamed', 'data-renamed', 'journal-cleared']

  it.each(STEPS)('a crash after %s loses no acknowledged transaction and leaves every file readable', async (step) => {
    const dir = await copyOfContent()
    let crashAt = -1
    let seen = 0
    const crashes: string[] = []
    const store = await openDatasetStore(dir, {
      compactAfter: 2,
      afterStep: (current) => {
        if (current === step && seen++ === crashAt) throw new Error(`crash after ${step}`)
      },
      // A compaction runs after the commit is on disk: its crash is reported, not thrown at the commit.
      onError: (error) => crashes.push((error as Error).message),
    })
    const acknowledged: string[] = []
    let refused: string | undefined
    for (let n = 0; n < 6 && crashes.length === 0; n++) {
      if (n === 3) crashAt = seen
      const id = `topic-${n}`
      try {
        await store.commit([{createOrReplace: {_id: id, _type: 'topic', title: `T${n}`}}, {patch: {id: 'practice', set: {lastTopic: n}}}])
        acknowledged.push(id)
      } catch (error) {
        refused = id
        crashes.push((error as Error).message)
      }
    }
    expect(crashes).toEqual([`crash after ${step}`])
    // The process "dies" here: nothing more is written; a new one opens the folder.
    const reopened = await openDatasetStore(dir)
    for (const id of acknowledged) expect(reopened.get(id)?.title).toBe(`T${id.slice(6)}`)
    // A refused transaction (a crash inside its commit) is there whole or not at all.
    const refusedThere = refused !== undefined && reopened.get(refused) !== undefined
    expect(reopened.get('practice')?.lastTopic).toBe(refusedThere ? Number(refused!.slice(6)) : acknowledged.length - 1)
    expect((await readExport(dir)).length).toBeGreaterThan(0)
    await reopened.close()
    const after = byId(await readExport(dir))
    for (const id of acknowledged) expect(after[id]).toBeDefined()
  })

  it('repeated kill -9 of a process writing loses no acknowledged transaction; while it runs, the store is locked to other writers', {timeout: 60_000}, async () => {
    const dir = await copyOfContent()
    const acknowledged: string[] = []
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--conditions=@practice-press/source', join(import.meta.dirname, 'store-writer.ts'), dir, String(3 + round)], {stdio: ['ignore', 'pipe', 'inherit']})
      let output = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        output += chunk
      })
      // Kill once it has acknowledged a few (it compacts every few transactions, so kills land in compactions too).
      await new Promise<void>((done) => {
        const check = setInterval(() => {
          if (output.split('\n').length > 8 + round * 3) {
            clearInterval(check)
            done()
          }
        }, 2)
        child.on('exit', () => {
          clearInterval(check)
          done()
        })
      })
      // While it runs, no other process may write the store; reading it is fine.
      const locked = await openDatasetStore(dir).catch((caught: unknown) => caught)
      child.kill('SIGKILL')
      expect(isStoreError(locked) && locked.code).toBe('locked')
      await new Promise((done) => child.on('exit', done).exitCode !== null && done(undefined))
      // Only whole lines were acknowledged.
      acknowledged.push(...output.split('\n').slice(0, -1).map((line) => line.split(' ')[0]!))
      const reopened = await openDatasetStore(dir, {readOnly: true})
      const missing = acknowledged.filter((id) => !reopened.get(id))
      expect(missing).toEqual([])
      expect(reopened.get('practice')?.crashCounter).toBeGreaterThanOrEqual(acknowledged.length)
    }
    expect(acknowledged.length).toBeGreaterThan(40)
    expect((await readExport(dir)).length).toBeGreaterThan(0)
    // The killed writer's lock is left behind; a new writer takes it over.
    const writer = await open(dir)
    await writer.commit([{patch: {id: 'practice', set: {after: 'the crashes'}}}])
  })
})
