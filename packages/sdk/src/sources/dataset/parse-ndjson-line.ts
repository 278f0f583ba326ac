import type {DatasetProblem} from './dataset-problem.ts'

/** A document as a dataset holds it: any JSON object with an `_id` and a `_type`. */
export interface DatasetDocument {
  _id: string
  _type: string
  [key: string]: unknown
}

/** The outcome of reading one NDJSON line. */
export type LineResult = {document: DatasetDocument} | {problem: DatasetProblem} | {empty: true}

/**
 * Parses one line of a `data.ndjson` file into a document, or says what is wrong with it.
 * Blank lines are allowed and skipped, as `sanity dataset import` does.
 */
export function parseNdjsonLine(text: string, file: string, line: number): LineResult {
  if (text.trim() === '') return {empty: true}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {problem: {file, line, message: `this line is not valid JSON (${reason}).`}}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {problem: {file, line, message: 'each line must be one JSON object (a document).'}}
  }
  const record = value as Record<string, unknown>
  const id = typeof record._id === 'string' && record._id !== '' ? record._id : undefined
  if (!id) return {problem: {file, line, message: 'the document has no "_id"; every document needs a unique string _id.'}}
  if (typeof record._type !== 'string' || record._type === '') {
    return {problem: {file, line, documentId: id, message: 'the document has no "_type"; every document needs one, e.g. "article".'}}
  }
  return {document: record as DatasetDocument}
}
