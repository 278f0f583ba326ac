/**
 * The indexes answer: for every SDK query, under every perspective, each `*[...]` is
 * narrowed by an index (no full scan), and article lists walk the sorted index. A silent
 * fall-back to scanning everything fails this test.
 */
import {createDatasetSource, type QueryTrace} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

// The perspectives, as the sources check them: an internal of the SDK, read from its source.
import {PERSPECTIVES} from '../../packages/sdk/src/sources/content-source.ts'
import {repoPath} from '../support/shared.ts'
import {sdkQueries} from './sdk-queries.ts'

const documents = await readExport(repoPath('content'))

describe.each(PERSPECTIVES)('%s', (perspective) => {
  it.each(sdkQueries)('$name is answered from the indexes', async ({name, query, params}) => {
    const traces: QueryTrace[] = []
    const source = createDatasetSource(documents, {onTrace: (trace) => traces.push(trace)})
    await source.fetch(query, params, {perspective})
    const [trace] = traces
    expect({
      fullScans: trace?.fullScans,
      indexed: (trace?.indexedFilters ?? 0) > 0,
      orderedSlice: trace?.orderedSlice,
    }).toEqual({fullScans: 0, indexed: true, orderedSlice: /articlesPage|articleSearch|articleFeed/.test(name)})
  })
})

it('without indexes, the same queries scan everything', async () => {
  const traces: QueryTrace[] = []
  const source = createDatasetSource(documents, {indexes: false, onTrace: (trace) => traces.push(trace)})
  await source.fetch(sdkQueries[0]!.query, sdkQueries[0]!.params)
  expect(traces[0]).toMatchObject({indexedFilters: 0, orderedSlice: false})
})
