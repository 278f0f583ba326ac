import type {DatasetDocument} from './parse-ndjson-line.ts'

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value)

/**
 * Checks what `createDatasetSource` is given, where it is given: an array of documents,
 * each an object with a non-empty string `_id` and `_type`. Throws naming the argument and
 * the first bad document's index, instead of a `TypeError` from deep inside a query later.
 */
export function assertDocuments(documents: unknown): asserts documents is readonly DatasetDocument[] {
  if (!Array.isArray(documents)) {
    throw new TypeError(`createDatasetSource(documents): documents must be an array of documents; got ${describe(documents)}.`)
  }
  for (let index = 0; index < documents.length; index++) {
    const document: unknown = documents[index]
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      throw new TypeError(`createDatasetSource(documents): documents[${index}] must be a document object; got ${describe(document)}.`)
    }
    for (const field of ['_id', '_type'] as const) {
      const value = (document as Record<string, unknown>)[field]
      if (typeof value !== 'string' || value === '') {
        const found = value === undefined ? `no ${field}` : `${field} ${JSON.stringify(value)}`
        throw new TypeError(`createDatasetSource(documents): documents[${index}] has ${found}; every document needs a non-empty string _id and _type.`)
      }
    }
  }
}
