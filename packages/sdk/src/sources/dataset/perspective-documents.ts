import type {Perspective} from '../content-source.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'

/** The `drafts` perspective's entries, by the stored document each was made from. */
export type MergedDocuments = WeakMap<DatasetDocument, DatasetDocument>

const DRAFTS = 'drafts.'
const VERSIONS = 'versions.'

/** True for the ids of published documents: not `drafts.…` and not a release's `versions.…`. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith(DRAFTS) && !id.startsWith(VERSIONS)
}

/** The published id of a draft id (`drafts.x` -> `x`); other ids unchanged. */
export function publishedIdOf(id: string): string {
  return id.startsWith(DRAFTS) ? id.slice(DRAFTS.length) : id
}

/**
 * The documents a query sees under a perspective, in dataset order.
 * - `published`: documents with published ids only.
 * - `drafts`: each draft takes its published document's place (or, with no published
 *   document, the place it has itself), under the published `_id`, with `_originalId`
 *   naming the document it came from. Release versions are left out.
 * - `raw`: every document as stored.
 *
 * `merged` keeps the `drafts` entries made before, by the document they came from, so a
 * list made again after a change holds the same objects for what did not change (the
 * incremental view update relies on it).
 */
export function documentsFor(perspective: Perspective, documents: readonly DatasetDocument[], merged?: MergedDocuments): DatasetDocument[] {
  if (perspective === 'raw') return [...documents]
  if (perspective === 'published') return documents.filter((document) => isPublishedId(document._id))

  const drafts = new Map<string, DatasetDocument>()
  for (const document of documents) {
    if (document._id.startsWith(DRAFTS)) drafts.set(publishedIdOf(document._id), document)
  }
  const result: DatasetDocument[] = []
  const placed = new Set<string>()
  for (const document of documents) {
    if (document._id.startsWith(VERSIONS)) continue
    const id = publishedIdOf(document._id)
    if (placed.has(id)) continue
    const draft = drafts.get(id)
    const chosen = draft ?? document
    placed.add(id)
    let entry = merged?.get(chosen)
    if (!entry) {
      entry = {...chosen, _id: id, _originalId: chosen._id}
      merged?.set(chosen, entry)
    }
    result.push(entry)
  }
  return result
}
