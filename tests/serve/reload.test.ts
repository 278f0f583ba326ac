/**
 * The server watches its dataset: an edit to data.ndjson is served within a second; a
 * broken edit keeps the last good dataset and logs the file and line; a change committed
 * to the store by another writer is served from its journal.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

import {openDatasetStore} from '@practice-press/sdk/node'
import {afterAll, beforeAll, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

let served: ServedDataset
let original: string

beforeAll(async () => {
  served = await serveDataset()
  original = await readFile(join(served.dir, 'data.ndjson'), 'utf8')
})
afterAll(() => served?.close())

const page = async () => (await fetch(`${served.origin}/articles/weekly-check-in-ritual`)).text()

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < ms) {
    if (await check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`not within ${ms} ms; the server logged:\n${served.logs.filter((line) => !/^(GET|HEAD) /.test(line)).join('\n')}`)
}

const title = async () => {
  const response = await fetch(`${served.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_id == "article-weekly-check-in-ritual"][0].title')}`)
  return ((await response.json()) as {result: string}).result
}

it('serves an edit to data.ndjson within a second', async () => {
  expect(await page()).toContain('<h1 class="p-name">A weekly check-in ritual for couples</h1>')
  // Asked twice: the second answer comes from the query API's cache.
  expect([await title(), await title()]).toEqual(['A weekly check-in ritual for couples', 'A weekly check-in ritual for couples'])
  const edited = original.replace('"title":"A weekly check-in ritual for couples","topics"', '"title":"A weekly check-in, edited","topics"')
  expect(edited).not.toBe(original)
  await writeFile(join(served.dir, 'data.ndjson'), edited)
  const took = await waitFor(async () => (await page()).includes('<h1 class="p-name">A weekly check-in, edited</h1>'), 3000)
  expect(took).toBeLessThan(1000)
  // The query API's kept answers belonged to the old dataset.
  expect(await title()).toBe('A weekly check-in, edited')
  expect(served.logs.some((line) => /^Reloaded .*: \d+ documents\.$/.test(line))).toBe(true)
})

it('keeps the last good dataset when an edit breaks it, and says where', async () => {
  const lines = (await readFile(join(served.dir, 'data.ndjson'), 'utf8')).split('\n')
  lines[2] = '{"_id": "broken", this is not JSON'
  await writeFile(join(served.dir, 'data.ndjson'), lines.join('\n'))
  await waitFor(async () => served.logs.some((line) => line.startsWith('Kept the last good dataset.')), 3000)
  const message = served.logs.find((line) => line.startsWith('Kept the last good dataset.'))!
  expect(message).toContain(`${join(served.dir, 'data.ndjson')}:3`)
  expect(await page()).toContain('<h1 class="p-name">A weekly check-in, edited</h1>')
  expect((await fetch(`${served.origin}/health`)).status).toBe(200)
})

it('serves a change committed to the store (its journal, before any compaction) within a second', async () => {
  await writeFile(join(served.dir, 'data.ndjson'), original)
  await waitFor(async () => (await page()).includes('<h1 class="p-name">A weekly check-in ritual for couples</h1>'), 3000)
  const store = await openDatasetStore(served.dir)
  try {
    await store.commit([{patch: {id: 'article-weekly-check-in-ritual', set: {title: 'Committed by the store'}}}])
    const took = await waitFor(async () => (await page()).includes('<h1 class="p-name">Committed by the store</h1>'), 3000)
    expect(took).toBeLessThan(1000)
    // data.ndjson itself is unchanged until the store compacts: the server replayed the journal.
    expect(await readFile(join(served.dir, 'data.ndjson'), 'utf8')).toBe(original)
  } finally {
    await store.close()
  }
  expect(await page()).toContain('<h1 class="p-name">Committed by the store</h1>')
})
