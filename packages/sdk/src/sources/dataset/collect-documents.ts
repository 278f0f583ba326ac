import type {DatasetProblem} from './dataset-problem.ts'
import {parseNdjsonLine, type DatasetDocument} from './parse-ndjson-line.ts'

/** Documents read from NDJSON lines, and what was wrong with the lines that were skipped. */
export interface CollectedDocuments {
  documents: DatasetDocument[]
  problems: DatasetProblem[]
  /** The documents whose line mentions `_sanityAsset`: the only ones asset resolution must walk. */
  withAssets: Set<DatasetDocument>
}

/**
 * Reads NDJSON lines into documents, one line at a time (the lines may come from a
 * stream). A bad line or a second document with an `_id` already seen is reported with
 * its file and line and skipped; every other document is kept.
 */
export async function collectDocuments(
  lines: Iterable<string> | AsyncIterable<string>,
  file: string,
): Promise<CollectedDocuments> {
  const documents: DatasetDocument[] = []
  const problems: DatasetProblem[] = []
  const firstLine = new Map<string, number>()
  const withAssets = new Set<DatasetDocument>()
  let line = 0
  for await (const text of lines) {
    line += 1
    const result = parseNdjsonLine(text, file, line)
    if ('empty' in result) continue
    if ('problem' in result) {
      problems.push(result.problem)
      continue
    }
    const {document} = result
    const seen = firstLine.get(document._id)
    if (seen !== undefined) {
      problems.push({file, line, documentId: document._id, message: `another document with this _id is on line ${seen}; ids must be unique.`})
      continue
    }
    firstLine.set(document._id, line)
    documents.push(document)
    if (text.includes('_sanityAsset')) withAssets.add(document)
  }
  return {documents, problems, withAssets}
}
