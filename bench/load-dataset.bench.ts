/**
 * Loading a large export: `openDataset` against a bare read-and-JSON.parse loop over the
 * same file (the baseline), each in a fresh process, in the same run.
 *
 *   pnpm exec node --conditions=@practice-press/source bench/load-dataset.bench.ts [documents=100000]
 *
 * Reports wall time and retained heap (after a full GC, documents still held) of both, and
 * the ratios. Goals: time within 1.5x, heap within 1.3x of the baseline.
 */
import {execFileSync} from 'node:child_process'
import {createReadStream, createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const [mode, file] = process.argv.slice(2)
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!

if (mode === 'baseline' || mode === 'open') {
  const gc = (globalThis as {gc?: () => void}).gc
  gc?.()
  const before = process.memoryUsage().heapUsed
  const started = performance.now()
  let held: unknown
  if (mode === 'baseline') {
    const documents: unknown[] = []
    let rest = ''
    for await (const chunk of createReadStream(file!, {encoding: 'utf8', highWaterMark: 1 << 20})) {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line) documents.push(JSON.parse(line))
    }
    if (rest) documents.push(JSON.parse(rest))
    held = documents
  } else {
    const {openDataset} = await import('@practice-press/sdk/node')
    held = await openDataset(file!)
  }
  const ms = performance.now() - started
  gc?.()
  const heap = process.memoryUsage().heapUsed - before
  console.log(JSON.stringify({ms, heapMb: heap / 2 ** 20, kept: Boolean(held)}))
} else {
  const count = Number(mode ?? 100_000)
  const { syntheticDataset } = await import('./lib/synthetic-dataset.ts')
  const folder = mkdtempSync(join(tmpdir(), 'practice-press-load-'))
  const path = join(folder, 'data.ndjson')
  const out = createWriteStream(path)
  for (const document of syntheticDataset(count)) {
    if (!out.write(`${JSON.stringify(document)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
  const size = statSync(path).size
  const self = fileURLToPath(import.meta.url)
  const run = (which: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=20000', '--conditions=@practice-press/source', self, which, path], {encoding: 'utf8'})
        .trim()
        .split('\n')
        .at(-1)!,
    ) as {ms: number; heapMb: number}
  const results = {baseline: [] as {ms: number; heapMb: number}[], open: [] as {ms: number; heapMb: number}[]}
  for (let round = 0; round < 3; round++) {
    results.baseline.push(run('baseline'))
    results.open.push(run('open'))
  }
  const base = {ms: median(results.baseline.map((r) => r.ms)), heap: median(results.baseline.map((r) => r.heapMb))}
  const open = {ms: median(results.open.map((r) => r.ms)), heap: median(results.open.map((r) => r.heapMb))}
  console.log(`${count.toLocaleString('en-US')} documents, ${(size / 2 ** 30).toFixed(2)} GiB NDJSON, median of 3 runs each`)
  console.log('| | time | retained heap |')
  console.log('|---|---|---|')
  console.log(`| read + JSON.parse loop (baseline) | ${(base.ms / 1000).toFixed(2)} s | ${base.heap.toFixed(0)} MiB |`)
  console.log(`| openDataset | ${(open.ms / 1000).toFixed(2)} s | ${open.heap.toFixed(0)} MiB |`)
  console.log(`| ratio | ${(open.ms / base.ms).toFixed(2)}x | ${(open.heap / base.heap).toFixed(2)}x |`)
  rmSync(folder, {recursive: true, force: true})
}
