/**
 * One small transaction on a large store: how long `commit` takes to be acknowledged
 * (journal line appended and `fdatasync`ed), against the baseline of appending a line of
 * the same size to a file and `fdatasync`ing it, in the same run; and the heap after
 * many transactions against a fresh open of the same store.
 *
 *   pnpm exec node --expose-gc --conditions=@practice-press/source bench/store-commit.bench.ts [documents=10000] [transactions=10000]
 *
 * Goals (issue 16): median acknowledgement <= 5 ms; heap after the transactions within
 * 1.1x of a fresh open (the journal is compacted every 1,000, as by default).
 *
 * Then the first queries after a commit (`getArticle` and the first page of
 * `listArticles`, published and drafts perspectives): on the store's next snapshot, whose
 * indexes are updated by the change, against the same queries on a source built afresh
 * over the same documents (what a rebuild costs), in the same run. Goal: <= 0.2x.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {open} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {createDatasetSource, getArticle, listArticles, type DatasetSource, type Perspective} from '@practice-press/sdk'
import {openDatasetStore} from '@practice-press/sdk/node'

import {syntheticDataset} from './lib/synthetic-dataset.ts'

const count = Number(process.argv[2] ?? 10_000)
const transactions = Number(process.argv[3] ?? 10_000)
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) throw new Error('run with node --expose-gc')
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!
const heap = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

const dir = mkdtempSync(join(tmpdir(), 'practice-press-store-bench-'))
try {
  const documents = syntheticDataset(count)
  writeFileSync(join(dir, 'data.ndjson'), documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
  const ids = documents.filter((document) => document._type === 'article').map((document) => document._id)

  // Baseline: the same bytes appended and flushed, with nothing else.
  const baselineFile = await open(join(dir, 'baseline.journal'), 'a')
  const sample = JSON.stringify({transactionId: 'x'.repeat(32), timestamp: new Date().toISOString(), mutations: [{patch: {id: ids[0], set: {title: 'A title of some length'}}}], changes: [[ids[0], documents.find((d) => d._id === ids[0])]]})
  const baseline: number[] = []
  for (let n = 0; n < 1000; n++) {
    const started = performance.now()
    await baselineFile.write(`${sample}\n`)
    await baselineFile.datasync()
    baseline.push(performance.now() - started)
  }
  await baselineFile.close()

  const store = await openDatasetStore(dir)
  void store.source
  const fresh = heap()
  const times: number[] = []
  for (let n = 0; n < transactions; n++) {
    const id = ids[n % ids.length]!
    const started = performance.now()
    await store.commit([{patch: {id, set: {title: `Title ${n}`}}}])
    times.push(performance.now() - started)
  }
  // Memory held by the store (with its snapshot) after the transactions, against the fresh open.
  void store.source
  const after = heap()

  // The first queries after a commit: the store's next snapshot against a source built afresh.
  const slug = (documents.find((document) => document._id === ids[1])!.slug as {current: string}).current
  const firstQueries = async (source: DatasetSource, perspective: Perspective) => {
    const started = performance.now()
    await getArticle(source, {slug}, {perspective})
    await listArticles(source, {limit: 20}, {perspective})
    return performance.now() - started
  }
  const afterCommit: Record<string, {next: number[]; fresh: number[]}> = {}
  for (const perspective of ['published', 'drafts'] as const) {
    const figures = (afterCommit[perspective] = {next: [] as number[], fresh: [] as number[]})
    await firstQueries(store.source, perspective)
    for (let n = 0; n < 100; n++) {
      await store.commit([{patch: {id: ids[n % ids.length]!, set: {title: `Again ${n}`}}}])
      figures.next.push(await firstQueries(store.source, perspective))
      figures.fresh.push(await firstQueries(createDatasetSource(store.source.documents), perspective))
    }
  }
  await store.close()
  const base = median(baseline)
  const ack = median(times)
  console.log(`documents ${count}, transactions ${transactions}`)
  console.log(`baseline append+fdatasync: median ${base.toFixed(2)} ms`)
  console.log(`commit acknowledged:       median ${ack.toFixed(2)} ms (${(ack / base).toFixed(2)}x the baseline), p95 ${times.toSorted((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`)
  console.log(`heap: fresh open ${(fresh / 1e6).toFixed(1)} MB, after the transactions ${(after / 1e6).toFixed(1)} MB (${(after / fresh).toFixed(2)}x)`)
  let slow = false
  for (const [perspective, figures] of Object.entries(afterCommit)) {
    const next = median(figures.next)
    const rebuilt = median(figures.fresh)
    slow ||= next / rebuilt > 0.2
    console.log(`first getArticle + listArticles after a commit, ${perspective}: ${next.toFixed(2)} ms, rebuilt source ${rebuilt.toFixed(2)} ms (${(next / rebuilt).toFixed(2)}x)`)
  }
  const failed = ack > 5 || after / fresh > 1.1 || slow
  console.log(failed ? 'MISSED a goal (median <= 5 ms, heap <= 1.1x, after a commit <= 0.2x a rebuild)' : 'goals met (median <= 5 ms, heap <= 1.1x, after a commit <= 0.2x a rebuild)')
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(dir, {recursive: true, force: true})
}
