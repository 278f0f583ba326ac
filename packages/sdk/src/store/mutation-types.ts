import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'

/**
 * A patch as the Content Lake's mutation API takes it: `set`, `unset`, `setIfMissing`,
 * `inc`, `dec`, `insert`, `diffMatchPatch` on JSONMatch paths, with an optional
 * `ifRevisionID` the document's `_rev` must equal (HTTP API reference, "Mutations").
 */
export interface PatchOperations {
  id: string
  ifRevisionID?: string
  set?: Record<string, unknown>
  setIfMissing?: Record<string, unknown>
  unset?: string[]
  inc?: Record<string, number>
  dec?: Record<string, number>
  insert?: {before?: string; after?: string; replace?: string; items: unknown[]}
  diffMatchPatch?: Record<string, string>
}

/** One mutation of a transaction, in the Content Lake's shape. */
export type Mutation =
  | {create: DatasetDocument | Omit<DatasetDocument, '_id'>}
  | {createOrReplace: DatasetDocument}
  | {createIfNotExists: DatasetDocument}
  | {delete: {id: string}}
  | {patch: PatchOperations}

/** How a document changed in a transaction, as Sanity's listener says it. */
export type Transition = 'appear' | 'update' | 'disappear'

/**
 * One document's change in a committed transaction, in the shape of Sanity's listener
 * (`/data/listen` `mutation` events): one event per document the transaction touched.
 */
export interface MutationEvent {
  type: 'mutation'
  /** `{transactionId}#{documentId}`. */
  eventId: string
  documentId: string
  transactionId: string
  transition: Transition
  /** The mutations of the transaction that touched this document, in order. */
  mutations: Mutation[]
  /** The document's revision before, absent when it appeared. */
  previousRev?: string
  /** Its revision after (the transaction id), absent when it disappeared. */
  resultRev?: string
  /** The document after the transaction; absent when it disappeared. */
  result?: DatasetDocument
  /** When the transaction was committed, RFC 3339. */
  timestamp: string
  visibility: 'transaction'
  transactionTotalEvents: number
  transactionCurrentEvent: number
}
