import {evaluateSync, type ExprNode} from 'groq-js'

import type {Perspective} from '../content-source.ts'
import {createDatasetView, type DatasetView, type SortedBucket} from './dataset-view.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'
import {isPublishedId, publishedIdOf} from './perspective-documents.ts'

/** Past this many changed documents, building a view again costs no more than updating it. */
export const MAX_INCREMENTAL_CHANGES = 64

/**
 * The view of a perspective after some documents changed, made from the view before:
 * `byId` gets the changed entries, only the `byType` and `bySlug` buckets a changed
 * document was or is in are made again (in one pass over `documents`), and each sorted
 * bucket of a changed type keeps its order: the old entries are taken out and the new ones
 * placed by binary search with the bucket's own `order(...)` (groq-js's comparison, ties
 * in dataset order, as its stable sort has them). A sorted bucket whose order reads other
 * documents (`->`) or the clock (`now()`) is dropped instead, and sorted again when asked.
 * Everything else is shared with `previous`, which stays as it was.
 *
 * @param documents The perspective's documents now, from `documentsFor` with the same
 *   `merged` cache as `previous`'s, so an unchanged entry is the same object.
 * @param changedIds The stored ids that changed (drafts and versions included).
 * @returns The updated view; `previous` itself when nothing in this perspective changed; a
 *   view built afresh when more than {@link MAX_INCREMENTAL_CHANGES} entries changed or the
 *   documents share ids (raw datasets may).
 */
export function updateDatasetView(
  previous: DatasetView,
  documents: readonly DatasetDocument[],
  perspective: Perspective,
  changedIds: ReadonlySet<string>,
): DatasetView {
  const ids = perspectiveIds(perspective, changedIds)
  if (ids.size === 0) return previous
  if (ids.size > MAX_INCREMENTAL_CHANGES || previous.sharedIds.size > 0) return createDatasetView(documents)

  const after = new Map<string, DatasetDocument>()
  for (const document of documents) {
    if (!ids.has(document._id)) continue
    if (after.has(document._id)) return createDatasetView(documents)
    after.set(document._id, document)
  }
  const byId = new Map(previous.byId)
  const types = new Set<string>()
  const slugs = new Set<string>()
  const removed = new Set<DatasetDocument>()
  const added: DatasetDocument[] = []
  for (const id of ids) {
    const before = previous.byId.get(id)
    const next = after.get(id)
    // Even the same entry may have moved: a draft whose published document went takes its own place.
    for (const document of [before, next]) {
      if (!document) continue
      types.add(document._type)
      const slug = slugOf(document)
      if (slug !== undefined) slugs.add(slug)
    }
    if (before) removed.add(before)
    if (next) {
      added.push(next)
      byId.set(id, next)
    } else byId.delete(id)
  }
  if (removed.size === 0 && added.length === 0) return {...previous, documents}

  // The buckets a change touched, made again in dataset order; the others are shared.
  const typeBuckets = new Map<string, DatasetDocument[]>()
  const slugBuckets = new Map<string, DatasetDocument[]>()
  for (const document of documents) {
    if (types.has(document._type)) push(typeBuckets, document._type, document)
    const slug = slugs.size > 0 ? slugOf(document) : undefined
    if (slug !== undefined && slugs.has(slug)) push(slugBuckets, slug, document)
  }
  const byType = withBuckets(previous.byType, types, typeBuckets)
  const bySlug = withBuckets(previous.bySlug, slugs, slugBuckets)

  const sorted = new Map<string, SortedBucket>()
  for (const [key, entry] of previous.sorted) {
    if (READS_OUTSIDE.test(JSON.stringify(entry.orderArgs))) continue
    if (!types.has(entry.type)) sorted.set(key, entry)
    else sorted.set(key, {...entry, documents: reordered(entry, byType.get(entry.type) ?? [], removed, added)})
  }
  return {documents, byId, sharedIds: previous.sharedIds, byType, bySlug, sorted}
}

/** Order keys whose value can change when another document, or the time, does. */
const READS_OUTSIDE = /"type":"Deref"|"name":"now"/

/** The ids a perspective shows for the stored ids that changed. */
function perspectiveIds(perspective: Perspective, changedIds: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>()
  for (const id of changedIds) {
    if (perspective === 'raw') ids.add(id)
    else if (perspective === 'published') {
      if (isPublishedId(id)) ids.add(id)
    } else if (!id.startsWith('versions.')) ids.add(publishedIdOf(id))
  }
  return ids
}

/** The sorted bucket with `removed` taken out and the `added` of its type placed where groq-js's sort puts them. */
function reordered(entry: SortedBucket, bucket: readonly DatasetDocument[], removed: ReadonlySet<DatasetDocument>, added: readonly DatasetDocument[]): DatasetDocument[] {
  const list = entry.documents.filter((document) => !removed.has(document))
  const placing = added.filter((document) => document._type === entry.type)
  if (placing.length === 0) return list
  const position = new Map<DatasetDocument, number>()
  bucket.forEach((document, index) => position.set(document, index))
  const args = entry.orderArgs as ExprNode[]
  // `a` sorts before `b`: groq-js orders the two, given in dataset order, as its sort would.
  const before = (a: DatasetDocument, b: DatasetDocument): boolean => {
    const pair = (position.get(a) ?? 0) < (position.get(b) ?? 0) ? [a, b] : [b, a]
    const tree = {type: 'PipeFuncCall', name: 'order', args, base: {type: 'Value', value: pair}} as unknown as ExprNode
    return (evaluateSync(tree, {params: {}}).data as DatasetDocument[])[0] === a
  }
  for (const document of placing) {
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (before(list[middle]!, document)) low = middle + 1
      else high = middle
    }
    list.splice(low, 0, document)
  }
  return list
}

/** `index` with the buckets of `keys` replaced by those in `buckets` (removed where it has none). */
function withBuckets(
  index: ReadonlyMap<string, readonly DatasetDocument[]>,
  keys: ReadonlySet<string>,
  buckets: ReadonlyMap<string, DatasetDocument[]>,
): Map<string, readonly DatasetDocument[]> {
  const next = new Map<string, readonly DatasetDocument[]>(index)
  for (const key of keys) {
    const bucket = buckets.get(key)
    if (bucket) next.set(key, bucket)
    else next.delete(key)
  }
  return next
}

function slugOf(document: DatasetDocument): string | undefined {
  const slug = (document.slug as {current?: unknown} | undefined)?.current
  return typeof slug === 'string' ? slug : undefined
}

function push(map: Map<string, DatasetDocument[]>, key: string, document: DatasetDocument): void {
  const list = map.get(key)
  if (list) list.push(document)
  else map.set(key, [document])
}
