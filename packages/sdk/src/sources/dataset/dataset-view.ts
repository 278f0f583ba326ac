import type {DatasetDocument} from './parse-ndjson-line.ts'

/**
 * The documents of one perspective with the indexes the query planner uses: by `_id`, by
 * `_type` and by `slug.current`. Every bucket keeps dataset order, so a bucket is exactly
 * what a full scan would visit, minus documents that cannot match.
 */
export interface DatasetView {
  readonly documents: readonly DatasetDocument[]
  readonly byId: ReadonlyMap<string, DatasetDocument>
  readonly byType: ReadonlyMap<string, readonly DatasetDocument[]>
  readonly bySlug: ReadonlyMap<string, readonly DatasetDocument[]>
  /** Sorted copies of buckets, memoised by the planner (key: bucket and order). */
  readonly sorted: Map<string, readonly DatasetDocument[]>
}

const EMPTY: readonly DatasetDocument[] = []

/** Builds a view and its indexes in one pass over `documents`. */
export function createDatasetView(documents: readonly DatasetDocument[]): DatasetView {
  const byId = new Map<string, DatasetDocument>()
  const byType = new Map<string, DatasetDocument[]>()
  const bySlug = new Map<string, DatasetDocument[]>()
  for (const document of documents) {
    // The first document with an id wins, as in a scan: `->` in plain groq-js stops at the first.
    if (!byId.has(document._id)) byId.set(document._id, document)
    push(byType, document._type, document)
    const slug = (document.slug as {current?: unknown} | undefined)?.current
    if (typeof slug === 'string') push(bySlug, slug, document)
  }
  return {documents, byId, byType, bySlug, sorted: new Map()}
}

/** The documents of a bucket, or none. */
export function bucket(index: ReadonlyMap<string, readonly DatasetDocument[]>, key: string): readonly DatasetDocument[] {
  return index.get(key) ?? EMPTY
}

function push(map: Map<string, DatasetDocument[]>, key: string, document: DatasetDocument): void {
  const list = map.get(key)
  if (list) list.push(document)
  else map.set(key, [document])
}
