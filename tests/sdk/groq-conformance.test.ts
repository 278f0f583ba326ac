/**
 * Sanity's official GROQ conformance suite (the 7,520 cases plain groq-js 2.0.1 passes),
 * run through the dataset source with every index and fast path on: each case must give
 * exactly its expected result, and each invalid query must be rejected.
 */
import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'

import {createDatasetSource, isContentQueryError, type DatasetDocument, type DatasetSource} from '@practice-press/sdk'
import {describe, expect, it} from 'vitest'

import {sharedPath} from '../support/shared.ts'

interface ConformanceCase {
  _id: string
  name: string
  filename: string
  query: string
  params: Record<string, unknown> | null
  result: unknown
  valid: boolean
  dataset: {_ref: string}
}

const lines = gunzipSync(readFileSync(sharedPath('fixtures', 'groq-conformance.ndjson.gz'))).toString('utf8').split('\n')
const datasets = new Map<string, DatasetDocument[]>()
const cases: ConformanceCase[] = []
for (const line of lines) {
  if (!line) continue
  const entry = JSON.parse(line)
  if (entry._type === 'dataset') datasets.set(entry._id, entry.documents)
  else if (entry._type === 'test') cases.push(entry)
}
const byFile = Map.groupBy(cases, (testCase) => testCase.filename)

const sources = new Map<string, DatasetSource>()
const fastPaths = {indexed: 0, orderedSlice: 0}
const sourceFor = (id: string) => {
  let source = sources.get(id)
  if (!source) {
    source = createDatasetSource(datasets.get(id) ?? [], {
      perspective: 'raw',
      now: () => new Date('2026-01-01T00:00:00Z'),
      onTrace: (trace) => {
        if (trace.indexedFilters > 0) fastPaths.indexed++
        if (trace.orderedSlice) fastPaths.orderedSlice++
      },
    })
    sources.set(id, source)
  }
  return source
}

async function outcome(testCase: ConformanceCase): Promise<string> {
  const source = sourceFor(testCase.dataset._ref)
  try {
    const result = await source.fetch(testCase.query, testCase.params ?? {})
    return testCase.valid ? JSON.stringify(result) : `accepted an invalid query: ${JSON.stringify(result)}`
  } catch (error) {
    if (!testCase.valid && isContentQueryError(error)) return 'rejected'
    return `threw ${(error as Error).message}`
  }
}

describe('GROQ conformance through the indexed dataset source', () => {
  it('has the whole suite', () => {
    expect(cases.length).toBe(7520)
  })

  it.each([...byFile.keys()])('%s', async (filename) => {
    const failures: string[] = []
    for (const testCase of byFile.get(filename) ?? []) {
      const expected = testCase.valid ? JSON.stringify(testCase.result) : 'rejected'
      const actual = await outcome(testCase)
      if (actual !== expected) failures.push(`${testCase._id}: ${testCase.query.trim()}\n  expected ${expected}\n  got      ${actual}`)
    }
    expect(failures).toEqual([])
  })

  it('exercised the fast paths (this runs after the suite)', () => {
    expect({indexed: fastPaths.indexed > 500, orderedSlice: fastPaths.orderedSlice > 5}).toEqual({indexed: true, orderedSlice: true})
  })
})
