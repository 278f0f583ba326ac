import {createReadStream} from 'node:fs'
import {open, stat, type FileHandle} from 'node:fs/promises'

import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import type {Mutation} from '../../store/mutation-types.ts'
import {StoreError} from '../../store/store-error.ts'
import {streamLines} from '../stream-lines.ts'

/**
 * One committed transaction as the journal keeps it: its mutations (for the change
 * events) and the documents it left (`null` for a deletion). Replaying sets those
 * documents, so a replay over an export that already holds them changes nothing.
 */
export interface JournalEntry {
  transactionId: string
  timestamp: string
  mutations: Mutation[]
  changes: Array<[id: string, document: DatasetDocument | null]>
}

/** What {@link readJournal} found: the entries, and how many bytes of the file hold whole ones. */
export interface JournalContents {
  entries: JournalEntry[]
  /** The length of the entries that end in a newline; a torn last line (a crash mid-write, never acknowledged) lies past it. */
  validBytes: number
}

/**
 * Reads a journal: one JSON entry per line, from byte `from` (the `validBytes` of an
 * earlier read, to read only what was appended since). A last line without its newline
 * is being written, or was when the process stopped and was never acknowledged: it is
 * left out. Any other line that is not an entry is corruption, and throws. Line numbers
 * in messages count from `from`.
 *
 * @throws {StoreError} `corrupt`, naming the file and line; also when the file is shorter than `from` (compacted since).
 */
export async function readJournal(file: string, options: {from?: number} = {}): Promise<JournalContents> {
  const from = options.from ?? 0
  const size = await stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    },
  )
  if (size === undefined) return {entries: [], validBytes: 0}
  if (size < from) throw new StoreError('corrupt', `${file} is shorter than when it was last read: it was compacted or replaced. Read the dataset again.`)
  const entries: JournalEntry[] = []
  let validBytes = from
  let line = 0
  let torn: string | undefined
  if (size === from) return {entries: [], validBytes: from}
  // Line by line (a journal may be larger than one string can hold), and only the bytes
  // there were when it was opened: a writer may be appending meanwhile.
  for await (const raw of streamLines(createReadStream(file, {highWaterMark: 1 << 20, start: from, end: size - 1}))) {
    if (torn !== undefined) throw corrupt(file, line, 'is not JSON')
    line++
    const bytes = Buffer.byteLength(raw) + 1
    if (validBytes + bytes > size) {
      // The last line, with no newline: written when the process stopped, never acknowledged.
      torn = raw
      continue
    }
    validBytes += bytes
    if (raw === '') continue
    let entry: unknown
    try {
      entry = JSON.parse(raw)
    } catch (error) {
      throw corrupt(file, line, `is not JSON (${(error as Error).message})`)
    }
    if (!isEntry(entry)) throw corrupt(file, line, 'is not a transaction')
    entries.push(entry)
  }
  return {entries, validBytes}
}

function corrupt(file: string, line: number, what: string): StoreError {
  return new StoreError('corrupt', `${file}:${line}: the store's journal line ${what}. Restore the folder from a backup, or remove the journal to go back to the last compacted state.`)
}

/** A journal open for appending. */
export interface JournalWriter {
  /** Appends one entry and returns once it is on disk (`fdatasync`). */
  append(entry: JournalEntry): Promise<void>
  /** Empties it (after a compaction holds every entry), durably. */
  clear(): Promise<void>
  close(): Promise<void>
}

/** Opens `file` for appending, cutting off a torn last line first (`validBytes` from {@link readJournal}). */
export async function openJournal(file: string, validBytes: number, hooks: {beforeSync?: () => void} = {}): Promise<JournalWriter> {
  const handle: FileHandle = await open(file, 'a+')
  const {size} = await handle.stat()
  if (size !== validBytes) {
    await handle.truncate(validBytes)
    await handle.datasync()
  }
  let length = validBytes
  return {
    async append(entry) {
      const line = Buffer.from(`${JSON.stringify(entry)}\n`)
      try {
        await handle.write(line)
        hooks.beforeSync?.()
        await handle.datasync()
      } catch (error) {
        // A failed write (a full disk) must not leave half a line for the next one to follow.
        await handle.truncate(length).catch(() => undefined)
        throw error
      }
      length += line.length
    },
    async clear() {
      await handle.truncate(0)
      await handle.datasync()
      length = 0
    },
    close: () => handle.close(),
  }
}

function isEntry(value: unknown): value is JournalEntry {
  const entry = value as JournalEntry | null
  return typeof entry === 'object' && entry !== null && typeof entry.transactionId === 'string' && typeof entry.timestamp === 'string' && Array.isArray(entry.changes) && Array.isArray(entry.mutations)
}
