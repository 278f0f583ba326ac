import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import type {Mutation, MutationEvent} from './mutation-types.ts'

/** What one document's event is made of. */
export interface MutationEventParts {
  transactionId: string
  documentId: string
  /** The document before the transaction; absent when it appeared. */
  previous: DatasetDocument | null | undefined
  /** The document after; absent when it disappeared. */
  next: DatasetDocument | null | undefined
  mutations: Mutation[]
  /** RFC 3339. */
  timestamp: string
  /** The transaction's revision, given to `next` as `_rev`. Default `transactionId`. */
  resultRev?: string | undefined
}

/**
 * One document's event, as Sanity's listener shapes it: the transition from what was
 * there before to what is there after, `previousRev` and `resultRev`/`result` where they
 * exist, numbered as one of `total` events of its transaction (`index` from 0).
 */
export function mutationEvent(parts: MutationEventParts, index = 0, total = 1): MutationEvent {
  const {transactionId, documentId, previous, next} = parts
  return {
    type: 'mutation',
    eventId: `${transactionId}#${documentId}`,
    documentId,
    transactionId,
    transition: !previous ? 'appear' : next ? 'update' : 'disappear',
    mutations: parts.mutations,
    ...(typeof previous?._rev === 'string' ? {previousRev: previous._rev} : {}),
    ...(next ? {resultRev: parts.resultRev ?? transactionId, result: next} : {}),
    timestamp: parts.timestamp,
    visibility: 'transaction',
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
  }
}
