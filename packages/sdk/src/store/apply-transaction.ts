import {Mutation as SanityMutation} from '@sanity/mutator'

import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import {mutationEvent, type MutationEventParts} from './mutation-event.ts'
import type {Mutation, MutationEvent} from './mutation-types.ts'
import {deepFreeze} from '../vocabulary/deep-freeze.ts'
import {StoreError} from './store-error.ts'

/** What a transaction is applied with. */
export interface TransactionContext {
  /** The transaction's id: every document it changes gets it as `_rev`. */
  transactionId: string
  /** When it is committed, RFC 3339: `_updatedAt` (and `_createdAt` of new documents). */
  timestamp: string
  /** Makes an `_id` for a `create` that gives none. Default `crypto.randomUUID()`. */
  generateId?: () => string
  /**
   * The ids of the stored documents that hold a strong reference (no `_weak: true`) to
   * `id`. With it, deleting a document something still points at is refused, as the
   * Content Lake refuses it; without it, deletes are not checked.
   */
  referencedBy?: (id: string) => readonly string[]
}

/** A transaction applied in memory, not yet stored. */
export interface AppliedTransaction {
  transactionId: string
  timestamp: string
  /** Each document the transaction changed, by id, as it is after it: `null` when deleted. */
  changes: Map<string, DatasetDocument | null>
  /** One listener event per changed document, in the order the transaction first touched them. */
  events: MutationEvent[]
}

const KINDS = ['create', 'createOrReplace', 'createIfNotExists', 'delete', 'patch'] as const

/**
 * Applies Sanity mutations, in order and all or nothing, over the documents `read`
 * returns, with Sanity's own `@sanity/mutator` (the patch operations `set`, `unset`,
 * `setIfMissing`, `inc`, `dec`, `insert`, `diffMatchPatch`). As the Content Lake does:
 * every changed document gets `_rev` = the transaction id and `_updatedAt` = its
 * timestamp; a new one `_createdAt` (kept by `createOrReplace` of an existing one); a
 * patch's `ifRevisionID` must be the document's revision before the transaction.
 * `read` and the documents it returns are not changed.
 *
 * @throws {StoreError} `invalid` for a mutation that is not one (naming its index),
 *   `exists` for `create` of a taken id, `missing` for a `patch` of no document,
 *   `conflict` for an `ifRevisionID` that does not match.
 */
export function applyTransaction(read: (id: string) => DatasetDocument | undefined, mutations: readonly Mutation[], context: TransactionContext): AppliedTransaction {
  if (!Array.isArray(mutations) || mutations.length === 0) throw new StoreError('invalid', 'A transaction needs at least one mutation, as a list.')
  const {transactionId, timestamp} = context
  const generateId = context.generateId ?? (() => crypto.randomUUID())
  const before = new Map<string, DatasetDocument | undefined>()
  const working = new Map<string, DatasetDocument | null>()
  const touched = new Map<string, Mutation[]>()
  const current = (id: string): DatasetDocument | null => {
    if (working.has(id)) return working.get(id) ?? null
    if (!before.has(id)) before.set(id, read(id))
    return before.get(id) ?? null
  }

  mutations.forEach((given, index) => {
    const [kind] = mutationParts(given, index)
    // Through JSON, as the Content Lake receives it: a Date becomes its text, undefined goes.
    const raw = JSON.parse(JSON.stringify(given)) as Mutation
    const body = (raw as unknown as Record<string, Record<string, unknown>>)[kind]!
    if (kind === 'patch') checkPatch(body, index)
    let mutation = raw
    if (kind === 'create' && typeof body._id !== 'string') mutation = {create: {...body, _id: generateId()} as DatasetDocument}
    const id = targetId(mutation, kind, index)
    const existing = current(id)
    if (kind === 'create' && existing) throw new StoreError('exists', `Mutation ${index}: a document with id "${id}" already exists; use createOrReplace to replace it.`, {documentId: id, mutationIndex: index})
    if (kind === 'patch') {
      if (!existing) throw new StoreError('missing', `Mutation ${index}: there is no document "${id}" to patch.`, {documentId: id, mutationIndex: index})
      const expected = (body as {ifRevisionID?: unknown}).ifRevisionID
      const revision = before.has(id) ? before.get(id)?._rev : existing._rev
      if (expected !== undefined && expected !== revision) {
        throw new StoreError('conflict', `Mutation ${index}: document "${id}" is at revision ${String(revision)}, not ${String(expected)}: someone changed it first. Read it again and retry.`, {
          documentId: id,
          mutationIndex: index,
        })
      }
      if ('query' in body) throw new StoreError('invalid', `Mutation ${index}: patches by query are not supported; patch each document by id.`, {mutationIndex: index})
    }
    // createIfNotExists of an existing document changes nothing (no new _rev or _updatedAt).
    if (kind === 'createIfNotExists' && existing) return
    let result: DatasetDocument | null
    try {
      const compiled = new SanityMutation({mutations: [JSON.parse(JSON.stringify(mutation)) as never], resultRev: transactionId, timestamp})
      // A JSON copy, not structuredClone: documents are JSON, and JSON.parse shares the object
      // shapes of the documents read from disk (10,000 patches held 1.19x the heap with structuredClone, 0.99x so).
      result = compiled.apply(existing ? (JSON.parse(JSON.stringify(existing)) as never) : null) as DatasetDocument | null
    } catch (error) {
      throw new StoreError('invalid', `Mutation ${index} on "${id}" cannot be applied: ${(error as Error).message}`, {documentId: id, mutationIndex: index, cause: error})
    }
    if (result) {
      if (result._id !== id || typeof result._type !== 'string' || result._type === '') {
        throw new StoreError('invalid', `Mutation ${index}: document "${id}" must keep its _id and have a non-empty string _type.`, {documentId: id, mutationIndex: index})
      }
      const original = before.get(id)
      if (kind === 'createOrReplace' && original?._createdAt) result._createdAt = original._createdAt
    }
    // Frozen: callers of get() and listeners cannot change the store behind its back.
    working.set(id, result && deepFreeze(result))
    touched.set(id, [...(touched.get(id) ?? []), mutation])
  })

  if (context.referencedBy) checkDeletes(working, context.referencedBy)
  const changes = new Map<string, DatasetDocument | null>()
  const parts: MutationEventParts[] = []
  for (const [id, applied] of touched) {
    const previous = before.get(id) ?? undefined
    const next = working.get(id) ?? null
    if (!previous && !next) continue
    if (previous && next && next._rev === previous._rev) continue
    changes.set(id, next)
    parts.push({transactionId, documentId: id, previous, next, mutations: applied, timestamp})
  }
  const events = parts.map((part, index) => mutationEvent(part, index, parts.length))
  return {transactionId, timestamp, changes, events}
}

/** Refuses a deletion while a document that stays (as it is after the transaction) holds a strong reference to it. */
function checkDeletes(working: Map<string, DatasetDocument | null>, referencedBy: (id: string) => readonly string[]): void {
  for (const [id, document] of working) {
    if (document !== null) continue
    const holders = referencedBy(id).filter((holder) => {
      if (!working.has(holder)) return true
      const after = working.get(holder)
      return after !== null && after !== undefined && strongReferences(after).has(id)
    })
    // A holder changed in this transaction counts as it is after it.
    for (const [changedId, after] of working) {
      if (after && changedId !== id && !holders.includes(changedId) && strongReferences(after).has(id)) holders.push(changedId)
    }
    if (holders.length > 0) {
      throw new StoreError('conflict', `Document "${id}" cannot be deleted: ${holders.slice(0, 5).map((holder) => `"${holder}"`).join(', ')}${holders.length > 5 ? ` and ${holders.length - 5} more` : ''} still refer to it. Remove those references first (or make them weak).`, {documentId: id})
    }
  }
}

/** The ids a document refers to strongly: every `_ref` in it without `_weak: true` beside it. */
export function strongReferences(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) strongReferences(item, into)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && record._weak !== true) into.add(record._ref)
    for (const child of Object.values(record)) if (child && typeof child === 'object') strongReferences(child, into)
  }
  return into
}

/** The operations a patch may hold (HTTP API reference, "Patches"). */
const PATCH_FIELDS = new Set(['id', 'ifRevisionID', 'set', 'setIfMissing', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch'])
const PATCH_OPERATIONS = ['set', 'setIfMissing', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch']

function checkPatch(body: Record<string, unknown>, index: number): void {
  const unknown = Object.keys(body).filter((key) => !PATCH_FIELDS.has(key) && key !== 'query')
  if (unknown.length > 0) throw new StoreError('invalid', `Mutation ${index}: a patch has no operation "${unknown[0]}"; the operations are ${PATCH_OPERATIONS.join(', ')}.`, {mutationIndex: index})
  if (!PATCH_OPERATIONS.some((operation) => body[operation] !== undefined) && !('query' in body)) {
    throw new StoreError('invalid', `Mutation ${index}: the patch changes nothing; give one of ${PATCH_OPERATIONS.join(', ')}.`, {mutationIndex: index})
  }
}

/**
 * What a document id may be, as the Content Lake has it: letters, digits, `.`, `_` and `-`,
 * not starting with `-`, at most 128 characters (so no `/`, space or line break).
 */
const DOCUMENT_ID = /^[A-Za-z0-9._][A-Za-z0-9._-]{0,127}$/

function mutationParts(raw: unknown, index: number): [(typeof KINDS)[number], Record<string, unknown>] {
  const keys = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : []
  const kind = keys.length === 1 ? KINDS.find((name) => name === keys[0]) : undefined
  const body = kind ? (raw as Record<string, unknown>)[kind] : undefined
  if (!kind || !body || typeof body !== 'object' || Array.isArray(body)) {
    throw new StoreError('invalid', `Mutation ${index} must be an object with one of ${KINDS.join(', ')}; got ${JSON.stringify(raw)?.slice(0, 120)}.`, {mutationIndex: index})
  }
  return [kind, body as Record<string, unknown>]
}

function targetId(mutation: Mutation, kind: (typeof KINDS)[number], index: number): string {
  const body = (mutation as Record<string, Record<string, unknown>>)[kind]!
  const id = kind === 'delete' || kind === 'patch' ? body.id : body._id
  if (typeof id !== 'string' || id === '') {
    throw new StoreError('invalid', `Mutation ${index} (${kind}) needs ${kind === 'delete' || kind === 'patch' ? 'an id' : 'a document with an _id'}.`, {mutationIndex: index})
  }
  if (!DOCUMENT_ID.test(id)) {
    throw new StoreError('invalid', `Mutation ${index} (${kind}): ${JSON.stringify(id)} is not a document id: use letters, digits, ".", "_" and "-" (not first), at most 128.`, {mutationIndex: index})
  }
  if (kind !== 'delete' && kind !== 'patch' && (typeof body._type !== 'string' || body._type === '')) {
    throw new StoreError('invalid', `Mutation ${index} (${kind}): document "${id}" needs a _type.`, {documentId: id, mutationIndex: index})
  }
  return id
}
