import type {DatasetDocument} from './parse-ndjson-line.ts'

/**
 * The documents of one perspective with the indexes the query planner uses: by `_id`, by
 * `_type` and by `slug.current`. Every bucket keeps dataset order, so a bucket is exactly
 * what a full scan would visit, minus documents that cannot match.
 */
export interface DatasetView {
  readonly documents: readonly DatasetDocument[]
  readonly byId: ReadonlyMap<string, DatasetDocument>
  /** Every document of an `_id` that more than one document has (raw datasets may). */
  readonly sharedIds: ReadonlyMap<string, readonly DatasetDocument[]>
  readonly byType: ReadonlyMap<string, readonly DatasetDocument[]>
  readonly bySlug: ReadonlyMap<string, readonly DatasetDocument[]>
  /** Sorted copies of type buckets, memoised by the planner (key: type and order). */
  readonly sorted: Map<string, SortedBucket>
}

/** A type bucket sorted by `order(...)`, as groq-js sorts it (stably). */
export interface SortedBucket {
  readonly type: string
  /** The `order(...)` arguments it was sorted by (`Asc`/`Desc` nodes). */
  readonly orderArgs: readonly unknown[]
  readonly documents: readonly DatasetDocument[]
}

const EMPTY: readonly DatasetDocument[] = []

/** Builds a view and its indexes in one pass over `documents`. */
export function createDatasetView(documents: readonly DatasetDocument[]): DatasetView {
  const byId = new Map<string, DatasetDocument>()
  const sharedIds = new Map<string, DatasetDocument[]>()
  const byType = new Map<string, DatasetDocument[]>()
  const bySlug = new Map<string, DatasetDocument[]>()
  for (const document of documents) {
    // The first document with an id wins, as in a scan: `->` in plain groq-js stops at the first.
    const first = byId.get(document._id)
    if (!first) byId.set(document._id, document)
    else push(sharedIds, document._id, ...(sharedIds.has(document._id) ? [document] : [first, document]))
    push(byType, document._type, document)
    const slug = (document.slug as {current?: unknown} | undefined)?.current
    if (typeof slug === 'string') push(bySlug, slug, document)
  }
  return {documents, byId, sharedIds, byType, bySlug, sorted: new Map()}
}

/** The documents of a bucket, or none. */
export function bucket(index: ReadonlyMap<string, readonly DatasetDocument[]>, key: string): readonly DatasetDocument[] {
  return index.get(key) ?? EMPTY
}

function push(map: Map<string, DatasetDocument[]>, key: string, ...documents: DatasetDocument[]): void {
  const list = map.get(key)
  if (list) list.push(...documents)
  else map.set(key, documents)
}
