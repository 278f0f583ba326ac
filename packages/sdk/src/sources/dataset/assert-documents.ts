import {OptionError} from '../../vocabulary/option-error.ts'
import type {DatasetDocument} from './parse-ndjson-line.ts'

const fn = 'createDatasetSource'

/**
 * Checks what `createDatasetSource` is given, where it is given: an array of documents,
 * each an object with a non-empty string `_id` and `_type`. Throws naming the argument and
 * the first bad document's index, instead of a `TypeError` from deep inside a query later.
 */
export function assertDocuments(documents: unknown): asserts documents is readonly DatasetDocument[] {
  if (!Array.isArray(documents)) {
    throw new OptionError({fn, option: 'documents', must: 'be an array of documents', value: documents})
  }
  for (let index = 0; index < documents.length; index++) {
    const document: unknown = documents[index]
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      throw new OptionError({fn, option: `documents[${index}]`, must: 'be a document object', value: document})
    }
    for (const field of ['_id', '_type'] as const) {
      const value = (document as Record<string, unknown>)[field]
      if (typeof value !== 'string' || value === '') {
        throw new OptionError({fn, option: `documents[${index}].${field}`, must: 'be a non-empty string: every document needs an _id and a _type', value})
      }
    }
  }
}
