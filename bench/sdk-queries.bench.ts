/**
 * The dataset source's indexes against plain groq-js, measured in the same run, on
 * synthetic datasets of 1k, 10k and 100k documents (80% articles of ~30 blocks).
 *
 *   pnpm exec node --conditions=@practice-press/source bench/sdk-queries.bench.ts [sizes...]
 *
 * Reports medians, and the ratio plain / indexed, of:
 * - the reference query `*[_type=="article" && slug.current==$slug][0]{..., "author": author->{name}}`;
 * - getArticle (the SDK's full query), a different slug each run, so nothing is reused;
 * - getArticle again with the result cache on, over 100 popular slugs (warm);
 * - listArticles (first page of 20).
 * Goals: getArticle <= 50 us and listArticles <= 500 us at 100k; results identical
 * (checked here too).
 */
import {isDeepStrictEqual} from 'node:util'

import {createDatasetSource, getArticle, listArticles, type ContentSource} from '@practice-press/sdk'

import {measure, us} from './lib/measure.ts'
import {syntheticDataset} from './lib/synthetic-dataset.ts'

const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const NOW = '2030-01-01T00:00:00.000Z'

console.log('| documents | query | plain groq-js | indexed | ratio |')
console.log('|---|---|---|---|---|')
for (const size of sizes.length > 0 ? sizes : [1000, 10_000, 100_000]) {
  const documents = syntheticDataset(size)
  const articles = documents.filter((document) => document._type === 'article').length
  const indexed = createDatasetSource(documents)
  const cached = createDatasetSource(documents, {resultCache: 1000})
  const plain = createDatasetSource(documents, {indexes: false})
  let next = 0
  const slug = () => `article-${(next++ * 7919) % articles}`

  for (const check of [slug(), slug()]) {
    const [a, b] = [await getArticle(indexed, {slug: check, now: NOW}), await getArticle(plain, {slug: check, now: NOW})]
    if (!isDeepStrictEqual(a, b)) throw new Error(`getArticle differs for ${check}`)
  }
  if (!isDeepStrictEqual(await listArticles(indexed, {now: NOW}), await listArticles(plain, {now: NOW}))) throw new Error('listArticles differs')

  // Plain groq-js dereferences by scanning the dataset, so its cost grows with the square of the size: one run at 100k.
  const plainBudget = size >= 100_000 ? {runs: 1, warmup: 0} : {runs: 50}
  const reference = (source: ContentSource) =>
    source.fetch('*[_type=="article" && slug.current==$slug][0]{..., "author": author->{name}}', {slug: slug()})
  let popular = 0
  const popularSlug = () => `article-${(popular++ % 100) * 31}`
  const rows: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ['reference query (issue)', () => reference(plain), () => reference(indexed)],
    ['getArticle (cold)', () => getArticle(plain, {slug: slug(), now: NOW}), () => getArticle(indexed, {slug: slug(), now: NOW})],
    ['getArticle (warm, result cache)', () => getArticle(plain, {slug: popularSlug(), now: NOW}), () => getArticle(cached, {slug: popularSlug(), now: NOW})],
    ['listArticles (first 20)', () => listArticles(plain, {now: NOW}), () => listArticles(indexed, {now: NOW})],
  ]
  for (const [name, runPlain, runIndexed] of rows) {
    const base = await measure(runPlain, plainBudget)
    const fast = await measure(runIndexed, {runs: 500})
    console.log(`| ${size.toLocaleString('en-US')} | ${name} | ${us(base.median)} | ${us(fast.median)} | ${(base.median / fast.median).toFixed(0)}x |`)
  }
}
