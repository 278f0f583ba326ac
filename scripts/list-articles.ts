/**
 * The main job until `practice-press serve` exists: opens the example dataset (or the
 * export folder given as the first argument) and prints the latest articles with their
 * authors and offices, answered by GROQ through groq-js.
 */
import {readExport} from '@practice-press/sdk/node'
import {evaluate, parse} from 'groq-js'

const path = process.argv[2] ?? new URL('../content', import.meta.url).pathname

const query = `*[_type == "article" && !(_id in path("drafts.**")) && publishedAt <= now()]
  | order(publishedAt desc)[0...10]{
    title,
    "date": publishedAt,
    "author": author->name,
    "offices": author->offices[]->address.city
  }`

const documents = await readExport(path)
const result = await evaluate(parse(query), {dataset: documents})
const articles = (await result.get()) as {title: string; date: string; author: string | null; offices: string[] | null}[]

console.log(`Latest articles in ${path}:\n`)
for (const article of articles) {
  const offices = article.offices?.length ? ` (${article.offices.join(', ')})` : ''
  console.log(`${article.date.slice(0, 10)}  ${article.title}\n            by ${article.author ?? 'no author'}${offices}`)
}
