import type {DatasetDocument} from './parse-ndjson-line.ts'
import {publishedIdOf} from './perspective-documents.ts'

/** A reference whose target is not in the dataset. */
export interface BrokenReference {
  /** The document holding the reference. */
  documentId: string
  /** Where in it, e.g. `body[_key=="ab12"].markDefs[_key=="cd34"].reference`. */
  path: string
  /** The missing target's id. */
  ref: string
}

/**
 * Every reference (`{_ref}`) whose target is in neither its published nor its draft form
 * in `documents`. Weak references (`_weak: true`) are allowed to dangle and are skipped.
 * GROQ resolves a broken reference to `null`; this finds them before readers do.
 */
export function findBrokenReferences(documents: readonly DatasetDocument[]): BrokenReference[] {
  const ids = new Set<string>()
  for (const document of documents) {
    ids.add(document._id)
    ids.add(publishedIdOf(document._id))
  }
  const broken: BrokenReference[] = []
  for (const document of documents) {
    walkReferences(document, (ref, weak, path) => {
      if (!weak && !ids.has(ref)) broken.push({documentId: document._id, path, ref})
    })
  }
  return broken
}

/**
 * Calls `visit` for every reference (`{_ref}`) inside a value, with whether it is weak and
 * its path as Sanity prints paths (`body[_key=="ab12"].markDefs[_key=="cd34"].reference`;
 * array items without a `_key` by index).
 */
export function walkReferences(value: unknown, visit: (ref: string, weak: boolean, path: string) => void, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = typeof item === 'object' && item !== null && typeof (item as {_key?: unknown})._key === 'string' ? `[_key=="${(item as {_key: string})._key}"]` : `[${index}]`
      walkReferences(item, visit, `${path}${key}`)
    })
    return
  }
  if (typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  if (typeof record._ref === 'string') visit(record._ref, record._weak === true, path)
  for (const [key, child] of Object.entries(record)) {
    if (typeof child === 'object' && child !== null) walkReferences(child, visit, path ? `${path}.${key}` : key)
  }
}
