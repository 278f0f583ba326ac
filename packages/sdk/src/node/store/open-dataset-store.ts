import {rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

import {createDatasetSource, nextDatasetSource, type DatasetSource, type DatasetSourceOptions} from '../../sources/dataset/create-dataset-source.ts'
import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {applyTransaction, strongReferences} from '../../store/apply-transaction.ts'
import {deepFreeze} from '../../vocabulary/deep-freeze.ts'
import {mutationEvent} from '../../store/mutation-event.ts'
import type {Mutation, MutationEvent} from '../../store/mutation-types.ts'
import {isStoreError, StoreError} from '../../store/store-error.ts'
import {readExport, type ReadExportOptions} from '../read-export.ts'
import {openJournal, readJournal, type JournalEntry, type JournalWriter} from './journal.ts'
import {takeStoreLock, type StoreLock} from './store-lock.ts'
import type {AssetFile} from './image-asset.ts'
import {toExportFiles, writeAssetFiles, writeExportFiles, type ExportWriteStep} from './write-export.ts'

/** Options for {@link openDatasetStore}. */
export interface OpenDatasetStoreOptions extends ReadExportOptions, Omit<DatasetSourceOptions, 'assetBaseUrl'> {
  /**
   * Read the export and replay its journal, but take no change and write nothing (a
   * server reading a folder another process writes). Default `false`.
   */
  readOnly?: boolean | undefined
  /** Compact the journal into `data.ndjson` once it holds this many transactions. Default 1,000. */
  compactAfter?: number | undefined
  /**
   * Receives what goes wrong after a transaction is on disk, which therefore does not fail
   * its `commit`: a listener that throws, a compaction that fails (it is tried again with
   * the next commit, and by `close()`, which rejects then). Default `console.error`.
   */
  onError?: ((error: unknown) => void) | undefined
  /** The clock for `_updatedAt` and `_createdAt`. Default the current time. */
  now?: (() => Date) | undefined
  /**
   * @internal Fault injection for the durability tests: called after each step of a commit
   * or compaction; a throw there stands for a crash at that point.
   */
  afterStep?: ((step: StoreStep) => void) | undefined
}

/** The steps a commit (`journal-written`, `journal-synced`) and a compaction (the export steps, `journal-cleared`) go through. */
export type StoreStep = 'journal-written' | 'journal-synced' | ExportWriteStep | 'journal-cleared'

/** What {@link DatasetStore.commit} answers: as the Content Lake's mutate endpoint does, with the events. */
export interface CommitResult {
  transactionId: string
  /** The documents changed, in order: `{id, operation}` as Sanity's `results`. */
  results: Array<{id: string; operation: 'create' | 'update' | 'delete'}>
  events: MutationEvent[]
}

/** Options for {@link DatasetStore.commit}. */
export interface CommitOptions {
  /** The transaction's id. Default: a random one. */
  transactionId?: string | undefined
  /**
   * Asset files the transaction's asset documents name (see `prepareImageAsset`): each is
   * written to the export folder (temporary file, `fsync`, rename) before the journal,
   * unless a file of that name is there (names are content hashes). A commit that fails
   * removes the files it added.
   */
  files?: readonly AssetFile[] | undefined
}

/** A dataset on disk that takes changes. */
export interface DatasetStore {
  /** The export folder's `data.ndjson` (or the bare file) the store keeps. */
  readonly dataFile: string
  /** The current snapshot, answering queries as {@link createDatasetSource} does; a new object after every commit. */
  readonly source: DatasetSource
  /** The store's own revision: the last committed transaction's id (`undefined` before the first since opening a compacted export). */
  readonly revision: string | undefined
  /** One document as stored, drafts included, frozen (change it with `commit`); `undefined` when there is none. */
  get(id: string): DatasetDocument | undefined
  /**
   * Applies the mutations as one transaction, all or nothing, and resolves once it is on
   * disk (asset files written, journal appended and `fdatasync`ed). Transactions run one
   * at a time, in order.
   *
   * @throws {StoreError} as `applyTransaction` does (`invalid`, `exists`, `missing`,
   *   `conflict`), `read-only` for an export archive; nothing is applied then.
   */
  commit(mutations: readonly Mutation[], options?: CommitOptions): Promise<CommitResult>
  /**
   * Catches up with what another process wrote (a read-only store beside a writer, as
   * `serve` beside `import`): the transactions appended to the journal since it was last
   * read are applied, and their events reach the listeners, as for a commit; when the
   * export was rewritten (a compaction, an edit by hand), everything is read again,
   * `reloaded` is `true`, and the listeners get one event per document that appeared, went
   * or changed (a new `_rev`), as a transaction of its new revision (`createOrReplace` or
   * `delete`). Resolves to how many transactions it applied.
   * Calling it when nothing changed, or after the store's own commits, does nothing.
   *
   * @throws {DatasetLoadError} or {@link StoreError} `corrupt` as opening does; the snapshot is kept then.
   */
  refresh(): Promise<{transactions: number; reloaded: boolean}>
  /** Calls `listener` with each committed transaction's events, in order; returns the function that stops it. */
  listen(listener: (event: MutationEvent) => void): () => void
  /** Writes every change into `data.ndjson` (and `assets.json`) and empties the journal. */
  compact(): Promise<void>
  /** Compacts and closes the journal. The store takes no change after. */
  close(): Promise<void>
}

/**
 * Opens a dataset on disk as a store: an export folder, a `data.ndjson` (read as
 * `readExport` reads them), or an export `.tar.gz` (read-only). Changes are Sanity
 * mutations applied with `@sanity/mutator`, acknowledged only once on disk: each
 * committed transaction is appended to a journal beside the data
 * (`.data.ndjson.journal`) and flushed; the journal is compacted into the export format
 * (temporary file, `fsync`, rename) every `compactAfter` transactions and on `close()`.
 * A crash at any point loses no acknowledged transaction and leaves no torn file:
 * reopening reads the export and replays the journal. One process writes a store at a
 * time: a second one is refused (`StoreError` `locked`) while the first runs.
 *
 * @example
 * ```ts
 * import {openDatasetStore} from '@practice-press/sdk/node'
 * const store = await openDatasetStore('content')
 * await store.commit([{patch: {id: 'drafts.article-1', set: {title: 'A new title'}}}])
 * await store.close()
 * ```
 * @throws {DatasetLoadError} as `readExport` does; {@link StoreError} `corrupt` when the journal cannot be read, `locked` when another running process writes the store.
 */
export async function openDatasetStore(path: string, options: OpenDatasetStoreOptions = {}): Promise<DatasetStore> {
  const archive = /\.(tar\.gz|tgz)$/i.test(path)
  const info = archive ? undefined : await stat(path).catch(() => undefined)
  const dataFile = info?.isDirectory() ? join(path, 'data.ndjson') : path
  const {journal: journalFile, lock: lockFile} = storeFiles(dataFile)
  const {afterStep} = options
  let revision: string | undefined
  let journal: JournalWriter | undefined
  // A writer takes the lock before reading, so what it reads is what it will write over.
  const lock: StoreLock | undefined = !archive && info && !options.readOnly ? await takeStoreLock(lockFile) : undefined
  let documents = new Map<string, DatasetDocument>()
  let pending = 0
  let validBytes = 0
  let stamp = await exportStamp(dataFile, archive)
  try {
    for (const document of await readExport(path, options)) documents.set(document._id, deepFreeze(document))
  } catch (error) {
    await lock?.release()
    throw error
  }
  if (!archive) {
    const contents = await readJournal(journalFile).catch(async (error: unknown) => {
      await lock?.release()
      throw error
    })
    for (const entry of contents.entries) {
      applyEntry(documents, entry)
      revision = entry.transactionId
    }
    pending = contents.entries.length
    validBytes = contents.validBytes
  }
  const writable = !archive && !options.readOnly
  // Opened at the first commit, so a store opened and closed without one leaves the folder as it was.
  const openedJournal = async (): Promise<JournalWriter> => {
    journal ??= await openJournal(journalFile, validBytes, {beforeSync: () => afterStep?.('journal-written')})
    return journal
  }
  const sourceOptions: DatasetSourceOptions = {
    ...(options.perspective ? {perspective: options.perspective} : {}),
    ...(options.assetBaseUrl ? {assetBaseUrl: options.assetBaseUrl} : {}),
    ...(options.indexes === undefined ? {} : {indexes: options.indexes}),
    ...(options.resultCache === undefined ? {} : {resultCache: options.resultCache}),
  }
  // The snapshot answers queries; after a change the next one is made from the last by what changed (`nextDatasetSource`).
  let snapshot: DatasetSource | undefined
  let lastSnapshot: DatasetSource | undefined
  const changedSince = new Set<string>()
  const changed = (ids: Iterable<string>) => {
    snapshot = undefined
    for (const id of ids) changedSince.add(id)
  }
  const reloaded = () => {
    snapshot = lastSnapshot = undefined
    changedSince.clear()
    referrers = undefined
  }
  const listeners = new Set<(event: MutationEvent) => void>()
  const compactAfter = options.compactAfter ?? 1000
  const clock = options.now ?? (() => new Date())
  let queue: Promise<unknown> = Promise.resolve()
  const report = options.onError ?? ((error: unknown) => console.error('practice-press store:', error))
  let closed = false

  // Who refers to whom strongly, for deletes: built at the first delete, then kept up to date by each change.
  let referrers: ReferrerIndex | undefined
  const referencedBy = (id: string): string[] => {
    referrers ??= referrerIndex(documents.values())
    return [...(referrers.get(id) ?? [])].filter((holder) => holder !== id)
  }
  const setDocument = (id: string, document: DatasetDocument | null | undefined) => {
    if (referrers) updateReferrers(referrers, id, documents.get(id), document ?? undefined)
    if (document) documents.set(id, document)
    else documents.delete(id)
  }
  const emit = (events: readonly MutationEvent[]) => {
    for (const event of events) {
      for (const listener of listeners) {
        try {
          listener(event)
        } catch (error) {
          report(error)
        }
      }
    }
  }
  const compact = async (): Promise<void> => {
    if (!writable || pending === 0) return
    const writer = await openedJournal()
    await writeExportFiles(dataFile, toExportFiles(documents.values()), {afterStep})
    await writer.clear()
    afterStep?.('journal-cleared')
    pending = 0
  }
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }

  return {
    dataFile,
    get source() {
      if (!snapshot) {
        const all = [...documents.values()]
        snapshot = lastSnapshot && changedSince.size > 0 ? nextDatasetSource(lastSnapshot, all, changedSince) : createDatasetSource(all, sourceOptions)
        lastSnapshot = snapshot
        changedSince.clear()
      }
      return snapshot
    },
    get revision() {
      return revision
    },
    get: (id) => documents.get(id),
    commit(mutations, commitOptions = {}) {
      return serial(async () => {
        if (closed) throw new StoreError('invalid', 'The store is closed.')
        if (!writable) {
          throw new StoreError(
            'read-only',
            archive ? `${path} is an export archive, which the store only reads. Unpack it (tar -xzf) and open the folder to change it.` : `${path} was opened read-only.`,
          )
        }
        const transactionId = commitOptions.transactionId ?? crypto.randomUUID().replaceAll('-', '')
        const applied = applyTransaction((id) => documents.get(id), mutations, {transactionId, timestamp: clock().toISOString(), referencedBy})
        const results: CommitResult['results'] = []
        for (const event of applied.events) results.push({id: event.documentId, operation: event.transition === 'appear' ? 'create' : event.transition === 'disappear' ? 'delete' : 'update'})
        if (applied.changes.size > 0) {
          const writer = await openedJournal()
          // The files first: a crash between them and the journal leaves a file nothing refers to, never a reference to no file.
          const added = await writeAssetFiles(dirname(dataFile), commitOptions.files ?? [])
          try {
            await writer.append({transactionId, timestamp: applied.timestamp, mutations: [...mutations], changes: [...applied.changes]})
          } catch (error) {
            await Promise.all(added.map((file) => rm(file, {force: true})))
            throw error
          }
          afterStep?.('journal-synced')
          for (const [id, document] of applied.changes) setDocument(id, document)
          changed(applied.changes.keys())
          revision = transactionId
          pending++
          // The transaction is on disk: nothing after this line may fail its commit.
          emit(applied.events)
          if (pending >= compactAfter) await compact().catch(report)
        }
        return {transactionId, results, events: applied.events}
      })
    },
    refresh: () =>
      serial(async () => {
        // A writer is the only one writing its files: there is nothing to catch up with.
        if (archive || writable || closed) return {transactions: 0, reloaded: false}
        const now = await exportStamp(dataFile, archive)
        let contents: Awaited<ReturnType<typeof readJournal>> | undefined
        if (now === stamp) contents = await readJournal(journalFile, {from: validBytes}).catch((error: unknown) => (isStoreError(error) ? undefined : Promise.reject(error)))
        if (!contents) {
          // The export was rewritten (or the journal emptied by a compaction): read it all again.
          const fresh = new Map<string, DatasetDocument>()
          for (const document of await readExport(path, options)) fresh.set(document._id, deepFreeze(document))
          const all = await readJournal(journalFile)
          for (const entry of all.entries) applyEntry(fresh, entry)
          const events = differenceEvents(documents, fresh, clock().toISOString())
          documents = fresh
          validBytes = all.validBytes
          stamp = now
          revision = all.entries.at(-1)?.transactionId ?? revision
          reloaded()
          emit(events)
          return {transactions: all.entries.length, reloaded: true}
        }
        for (const entry of contents.entries) {
          const events = replayEvents(documents, entry)
          for (const [id, document] of entry.changes) setDocument(id, document ? deepFreeze(document) : undefined)
          changed(entry.changes.map(([id]) => id))
          revision = entry.transactionId
          emit(events)
        }
        validBytes = contents.validBytes
        return {transactions: contents.entries.length, reloaded: false}
      }),
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    compact: () => serial(compact),
    close: () =>
      serial(async () => {
        if (closed) return
        await compact()
        await journal?.close()
        await lock?.release()
        closed = true
        listeners.clear()
      }),
  }
}

/** The store's own files beside a dataset's `data.ndjson`: `.data.ndjson.journal` and `.data.ndjson.lock` in the same folder. */
export function storeFiles(dataFile: string): {journal: string; lock: string} {
  const base = join(dirname(dataFile), `.${basename(dataFile)}`)
  return {journal: `${base}.journal`, lock: `${base}.lock`}
}

/** Sets the documents a journal entry left (removes those it deleted). */
function applyEntry(documents: Map<string, DatasetDocument>, entry: JournalEntry): void {
  for (const [id, document] of entry.changes) {
    if (document) documents.set(id, deepFreeze(document))
    else documents.delete(id)
  }
}

/** Who refers to each document strongly: target id -> the ids of the documents holding such a reference. */
type ReferrerIndex = Map<string, Set<string>>

function referrerIndex(documents: Iterable<DatasetDocument>): ReferrerIndex {
  const index: ReferrerIndex = new Map()
  for (const document of documents) updateReferrers(index, document._id, undefined, document)
  return index
}

/** Moves `id`'s entries in the index from what `before` refers to, to what `after` does. */
function updateReferrers(index: ReferrerIndex, id: string, before: DatasetDocument | undefined, after: DatasetDocument | undefined): void {
  const next = after ? strongReferences(after) : new Set<string>()
  if (before) {
    for (const target of strongReferences(before)) {
      if (next.has(target)) continue
      const holders = index.get(target)
      holders?.delete(id)
      if (holders?.size === 0) index.delete(target)
    }
  }
  for (const target of next) {
    let holders = index.get(target)
    if (!holders) index.set(target, (holders = new Set()))
    holders.add(id)
  }
}

/** The events of a transaction another process committed, as its commit gave them: from the documents before and what the entry left. */
function replayEvents(documents: ReadonlyMap<string, DatasetDocument>, entry: JournalEntry): MutationEvent[] {
  return entry.changes.map(([id, next], index) =>
    mutationEvent(
      {
        transactionId: entry.transactionId,
        documentId: id,
        previous: documents.get(id),
        next,
        mutations: entry.mutations.filter((mutation) => mutationTarget(mutation) === id),
        timestamp: entry.timestamp,
      },
      index,
      entry.changes.length,
    ),
  )
}

/**
 * The events that take a reader from `before` to `after` when the export was read again
 * (a compaction by the writer, an edit by hand): one per document that appeared, went or
 * changed (another `_rev`, or other contents where there is none), each as a transaction
 * of the document's new revision with the mutation that makes it (`createOrReplace`, or
 * `delete`).
 */
function differenceEvents(before: ReadonlyMap<string, DatasetDocument>, after: ReadonlyMap<string, DatasetDocument>, timestamp: string): MutationEvent[] {
  const events: MutationEvent[] = []
  for (const [id, next] of after) {
    const previous = before.get(id)
    if (previous && !differs(previous, next)) continue
    const transactionId = typeof next._rev === 'string' ? next._rev : reloadId()
    const changedAt = typeof next._updatedAt === 'string' ? next._updatedAt : timestamp
    events.push(mutationEvent({transactionId, documentId: id, previous, next, mutations: [{createOrReplace: next} as Mutation], timestamp: changedAt}))
  }
  for (const [id, previous] of before) {
    if (!after.has(id)) events.push(mutationEvent({transactionId: reloadId(), documentId: id, previous, next: undefined, mutations: [{delete: {id}}], timestamp}))
  }
  return events
}

/** A transaction id for a change found by reading the export again, where the document names none. */
function reloadId(): string {
  return `reload-${crypto.randomUUID().replaceAll('-', '')}`
}

/** Another revision, or other contents where neither has a `_rev`. */
function differs(a: DatasetDocument, b: DatasetDocument): boolean {
  return a._rev !== b._rev || (a._rev === undefined && JSON.stringify(a) !== JSON.stringify(b))
}

/** The id of the document a mutation is about. */
function mutationTarget(mutation: Mutation): string | undefined {
  const record = mutation as Record<string, {_id?: unknown; id?: unknown} | undefined>
  const body = record.create ?? record.createOrReplace ?? record.createIfNotExists ?? record.patch ?? record.delete
  const id = body?._id ?? body?.id
  return typeof id === 'string' ? id : undefined
}

/** What tells a rewritten export from the one read: `data.ndjson`'s and `assets.json`'s size and modification time. */
async function exportStamp(dataFile: string, archive: boolean): Promise<string> {
  if (archive) return ''
  const parts = await Promise.all([dataFile, join(dirname(dataFile), 'assets.json')].map((file) => stat(file).then((info) => `${info.size}:${info.mtimeMs}`, () => '-')))
  return parts.join('|')
}
