import {createDatasetSource, getArticle, listArticles} from '@practice-press/sdk'
import {syntheticDataset} from './lib/synthetic-dataset.ts'
const documents = syntheticDataset(10000)
const s = createDatasetSource(documents)
const NOW = '2030-01-01T00:00:00.000Z'
for (let i = 0; i < 300; i++) await getArticle(s, {slug: `article-${i}`, now: NOW})
let t = performance.now()
for (let i = 0; i < 5000; i++) await getArticle(s, {slug: `article-${i}`, now: NOW})
console.log('getArticle avg us', (performance.now() - t))
t = performance.now()
// for (let i = 0; i < 300; i++) await listArticles(s, {now: NOW})
console.log('listArticles avg us', (performance.now() - t) / 300 * 1000)
