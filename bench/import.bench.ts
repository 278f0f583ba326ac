/**
 * Importing a folder of Markdown posts with `importArticles` (what `practice-press import`
 * runs): posts per second, and where the time goes, against `fromMarkdown` alone on the
 * same texts in the same run.
 *
 *   pnpm exec node --conditions=@practice-press/source bench/import.bench.ts [posts=1000] [rounds=3]
 *
 * The script writes `posts` Markdown files of about 2,000 words each (YAML front matter,
 * headings, paragraphs with emphasis and links, a list), deterministically. Each round
 * reads them all with `fromMarkdown` (the parse alone: the baseline), then imports them
 * into an empty dataset folder (reading, front matter, ids and keys, one transaction, the
 * journal, the compaction at `close()`), the two alternating so load from other processes
 * falls on both alike; figures are the medians of the rounds. The store's share is the
 * time in `commit` and `close` over the import's.
 *
 * Goals (issue 16): at least 200 posts a second; the store's share <= 25%.
 */
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {fromMarkdown} from '@practice-press/sdk/import'
import {importArticles, openDatasetStore} from '@practice-press/sdk/node'

const POSTS = Number(process.argv[2] ?? 1000)
const ROUNDS = Number(process.argv[3] ?? 3)
const WORDS = 'listen repair trust partner conflict money family boundary weekly ritual calm honest care space talk time notice pause return gently'.split(' ')
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!

function words(seed: number, count: number): string {
  let text = ''
  for (let index = 0; index < count; index++) text += `${WORDS[(seed * 7 + index * 13) % WORDS.length]} `
  return text.trim()
}

/** About 2,000 words of Markdown with YAML front matter. */
function post(n: number): string {
  const parts = ['---', `title: "Post ${n}: ${words(n, 5)}"`, `date: 2020-01-${String(1 + (n % 28)).padStart(2, '0')}`, `tags: [${WORDS[n % WORDS.length]}, ${WORDS[(n + 3) % WORDS.length]}]`, `excerpt: "${words(n + 1, 20)}"`, '---', '']
  let count = 0
  for (let section = 0; count < 2000; section++) {
    parts.push(`## ${words(n + section, 4)}`, '')
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      const seed = n * 31 + section * 7 + paragraph
      parts.push(`${words(seed, 40)} *${words(seed + 1, 4)}* and [${words(seed + 2, 3)}](https://example.com/${seed}) ${words(seed + 3, 50)}.`, '')
      count += 97
    }
    parts.push(`- ${words(n + section, 8)}`, `- ${words(n + section + 1, 8)}`, `- ${words(n + section + 2, 8)}`, '')
    count += 28
  }
  return parts.join('\n')
}

const dir = mkdtempSync(join(tmpdir(), 'practice-press-import-bench-'))
try {
  const posts = join(dir, 'posts')
  mkdirSync(posts)
  const files: string[] = []
  for (let n = 0; n < POSTS; n++) {
    const file = join(posts, `post-${String(n).padStart(4, '0')}.md`)
    writeFileSync(file, post(n))
    files.push(file)
  }
  const parse: number[] = []
  const total: number[] = []
  const storeShare: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now()
    for (const file of files) fromMarkdown(readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, ''))
    parse.push(performance.now() - started)

    const dataset = join(dir, `dataset-${round}`)
    mkdirSync(dataset)
    writeFileSync(join(dataset, 'data.ndjson'), '')
    started = performance.now()
    const store = await openDatasetStore(dataset)
    let inStore = 0
    const commit = store.commit.bind(store)
    store.commit = async (...args) => {
      const begun = performance.now()
      try {
        return await commit(...args)
      } finally {
        inStore += performance.now() - begun
      }
    }
    const summary = await importArticles(store, [posts], {cwd: dir, now: new Date('2026-12-07T12:00:00Z')})
    const closing = performance.now()
    await store.close()
    inStore += performance.now() - closing
    const elapsed = performance.now() - started
    if (summary.articles.length !== POSTS || summary.problems.length > 0) throw new Error(`imported ${summary.articles.length} of ${POSTS}; problems: ${summary.problems.length}`)
    total.push(elapsed)
    storeShare.push(inStore / elapsed)
    rmSync(dataset, {recursive: true, force: true})
  }
  const importMs = median(total)
  const parseMs = median(parse)
  const rate = POSTS / (importMs / 1000)
  const share = median(storeShare)
  console.log(`posts ${POSTS} of about 2,000 words, rounds ${ROUNDS}`)
  console.log(`fromMarkdown alone: ${parseMs.toFixed(0)} ms (${(POSTS / (parseMs / 1000)).toFixed(0)} posts/s)`)
  console.log(`importArticles:     ${importMs.toFixed(0)} ms (${rate.toFixed(0)} posts/s, ${(importMs / parseMs).toFixed(2)}x the parse alone)`)
  console.log(`store (commit + close): ${(share * 100).toFixed(1)}% of the import`)
  const failed = rate < 200 || share > 0.25
  console.log(failed ? 'MISSED a goal (>= 200 posts/s, store share <= 25%)' : 'goals met (>= 200 posts/s, store share <= 25%)')
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(dir, {recursive: true, force: true})
}
