/**
 * The main job until `practice-press serve` exists: opens the example dataset (or the
 * export folder, data.ndjson or .tar.gz given as the first argument) through the SDK and
 * prints the latest articles with their authors and the authors' offices.
 */
import {getAuthor, listArticles} from '@practice-press/sdk'
import {openDataset} from '@practice-press/sdk/node'

const path = process.argv[2] ?? new URL('../content', import.meta.url).pathname
const source = await openDataset(path)
const {items} = await listArticles(source, {limit: 10})

console.log(`Latest articles in ${path}:\n`)
for (const article of items) {
  const author = article.author?.slug ? await getAuthor(source, {slug: article.author.slug}) : null
  const offices = author?.offices?.map((office) => office.city).filter(Boolean) ?? []
  const credential = author?.credentials?.[0]?.abbreviation
  console.log(`${article.publishedAt?.slice(0, 10)}  ${article.title}`)
  console.log(`            by ${[author?.name ?? 'no author', credential].filter(Boolean).join(', ')}${offices.length ? ` · ${offices.join(', ')}` : ''}`)
}
if (items.length === 0) console.log('(no published articles)')
