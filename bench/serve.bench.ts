/**
 * Load on `practice-press serve` (127.0.0.1 only, bounded in time), against a bare
 * node:http server returning a pre-rendered 20 KB page, measured in the same run with
 * autocannon (50 connections). Each server runs in its own process; autocannon in this one.
 *
 *   pnpm exec node --conditions=@practice-press/source bench/serve.bench.ts [seconds]   # default 30 per target, in 3 rounds
 *
 * Bars: the cached article page >= 0.5x the baseline's requests/s with p99 <= 10 ms; the
 * query API's getArticle >= 0.25x; a resized image (cache hit) >= 0.25x; 0 errors; the
 * server's memory flat across the runs.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import {articleBySlugQuery} from '@practice-press/sdk'
import autocannon from 'autocannon'

const seconds = Number(process.argv[2] ?? 30)
if (!Number.isFinite(seconds) || seconds < 1 || seconds > 120) throw new RangeError(`seconds must be from 1 to 120; got ${process.argv[2]}.`)
const root = fileURLToPath(new URL('..', import.meta.url))

function start(args: string[], pattern: RegExp): Promise<{child: ChildProcess; match: RegExpExecArray}> {
  const child = spawn(process.execPath, ['--conditions=@practice-press/source', ...args], {cwd: root, env: {...process.env, PRACTICE_PRESS_PREVIEW_SECRET: ''}})
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = pattern.exec(out)
      if (match) {
        clearTimeout(timer)
        child.stdout!.removeAllListeners('data')
        child.stdout!.resume()
        resolve({child, match})
      }
    })
  })
}

function median(values: number[]): number {
  return values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

interface Figures {
  name: string
  rps: number
  p99: number
  errors: number
  bytes: number
}

async function load(name: string, url: string, duration: number): Promise<Figures> {
  // Warm the caches, then measure.
  await fetch(url).then((response) => response.arrayBuffer())
  const result = await autocannon({url, connections: 50, duration, pipelining: 1})
  return {name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, bytes: result.throughput.average / Math.max(result.requests.average, 1)}
}

/**
 * Each target runs `rounds` times for `seconds / rounds`, the order rotating round by
 * round, so load from other processes falls on all alike; figures are the medians of the
 * rounds (errors summed).
 */
async function inRounds(targets: [string, string][], rounds: number): Promise<Figures[]> {
  const runs = new Map<string, Figures[]>(targets.map(([name]) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < targets.length; index++) {
      const [name, url] = targets[(index + round) % targets.length]!
      runs.get(name)!.push(await load(name, url, Math.max(1, Math.round(seconds / rounds))))
    }
  }
  return targets.map(([name]) => {
    const figures = runs.get(name)!
    return {
      name,
      rps: median(figures.map((entry) => entry.rps)),
      p99: median(figures.map((entry) => entry.p99)),
      errors: figures.reduce((sum, entry) => sum + entry.errors, 0),
      bytes: median(figures.map((entry) => entry.bytes)),
    }
  })
}

const bare = await start(['bench/lib/bare-server.ts'], /listening (\d+) (\d+)/)
const serve = await start(['packages/cli/src/cli.ts', 'serve', 'content', '--port', '0', '--no-watch'], /Open (http:\/\/127\.0\.0\.1:\d+)\//)
const origin = serve.match[1]!
const slug = 'when-to-try-couples-therapy'
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
const queryUrl = `${origin}/v2025-02-19/data/query/production?query=${encodeURIComponent(articleBySlugQuery)}&%24slug=${encodeURIComponent(JSON.stringify(slug))}&%24now=${encodeURIComponent(JSON.stringify(now))}`
const imageUrl = `${origin}/images/c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg?w=640`

try {
  const memoryBefore = rssMb(serve.child.pid!)
  // The server's memory every 10 s of load: it should level off at the caches' bounds.
  const memory: number[] = []
  const sampler = setInterval(() => memory.push(Math.round(rssMb(serve.child.pid!))), 10_000)
  const results = await inRounds(
    [
      ['baseline: node:http, 20 KB page', `http://127.0.0.1:${bare.match[1]}/`],
      ['article page (cached)', `${origin}/articles/${slug}`],
      ['query API: getArticle', queryUrl],
      ['resized image (cache hit)', imageUrl],
    ],
    3,
  )
  const memoryAfter = rssMb(serve.child.pid!)
  clearInterval(sampler)
  const base = results[0]!.rps
  console.log(`\n${seconds} s per target in 3 rounds, 50 connections, medians of the rounds\n`)
  console.log('| target | requests/s | ratio | p99 | bytes/response | errors |')
  console.log('|---|---|---|---|---|---|')
  for (const figures of results) {
    console.log(`| ${figures.name} | ${Math.round(figures.rps)} | ${(figures.rps / base).toFixed(2)}x | ${figures.p99} ms | ${Math.round(figures.bytes)} | ${figures.errors} |`)
  }
  console.log(`\nserver memory (RSS): ${memoryBefore.toFixed(0)} MB before, ${memoryAfter.toFixed(0)} MB after; every 10 s: ${memory.join(', ')} MB`)
  const [, page, query, image] = results as [Figures, Figures, Figures, Figures]
  const misses = [
    page.rps < 0.5 * base && `article page ${(page.rps / base).toFixed(2)}x < 0.5x`,
    page.p99 > 10 && `article page p99 ${page.p99} ms > 10 ms`,
    query.rps < 0.25 * base && `query API ${(query.rps / base).toFixed(2)}x < 0.25x`,
    image.rps < 0.25 * base && `image ${(image.rps / base).toFixed(2)}x < 0.25x`,
    results.some((figures) => figures.errors > 0) && 'errors',
  ].filter(Boolean)
  console.log(misses.length === 0 ? 'All bars met.' : `Missed: ${misses.join('; ')}`)
  process.exitCode = misses.length === 0 ? 0 : 1
} finally {
  bare.child.kill('SIGTERM')
  serve.child.kill('SIGTERM')
}
