/**
 * Feeds: our `toRss`, `toAtom` and `toJsonFeed` (xast trees, xast-util-to-xml) against the
 * `feed` package's `rss2()`, `atom1()` and `json1()` on the same 1,000 items of about 13 KB
 * of HTML each, in the same run.
 *
 *   pnpm exec node --conditions=@practice-press/source bench/feeds.bench.ts [rounds=15]
 *
 * Both sides get their items ready-made (our `Feed`, the `feed` package's `addItem` calls
 * before timing): what is measured is writing the document and encoding it to UTF-8. Rounds alternate the
 * candidates (the order rotates) so load from other processes falls on all alike; each
 * figure is the median. Bar: each of ours no slower than the `feed` package (ratio <= 1);
 * goal 0.5. Exits with status 1 when a bar is missed.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

import {toAtom, toJsonFeed, toRss, type Feed, type FeedItem} from '@practice-press/sdk/syndication'

// The `feed` package is a development dependency of the SDK: resolved from there.
const requireFromSdk = createRequire(new URL('../packages/sdk/package.json', import.meta.url))
type FeedPackage = {Feed: new (options: Record<string, unknown>) => {addItem(item: Record<string, unknown>): void; rss2(): string; atom1(): string; json1(): string}}
const {Feed: FeedBuilder} = (await import(pathToFileURL(requireFromSdk.resolve('feed')).href)) as FeedPackage

const ROUNDS = Number(process.argv[2] ?? 15)
const ITEMS = 1000
const BASE = 'https://www.talkwithlia.example'

/** About 13 KB of article HTML: headings, paragraphs with marks and links, a list, a figure, a callout. */
function html(n: number): string {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of article ${n}: listening <strong>closely</strong> to a partner means <em>slowing down</em>, noticing what is said &amp; what is not, and <a href="${BASE}/articles/repair-${i}">coming back</a> after an argument with <code>care</code>.</p>`
  const parts = [`<h2 id="part-${n}">Why it matters</h2>`]
  for (let i = 0; i < 45; i++) {
    parts.push(paragraph(i))
    if (i % 10 === 5) parts.push(`<ul>\n<li>Name the pause out loud.</li>\n<li>Take a walk &amp; breathe.</li>\n<li>Come back within the hour.</li>\n</ul>`)
    if (i === 20) parts.push(`<figure><img src="${BASE}/images/a-1200x800.jpg?w=1200" srcset="${BASE}/images/a-1200x800.jpg?w=320 320w, ${BASE}/images/a-1200x800.jpg?w=640 640w" sizes="100vw" alt="Two chairs" width="1200" height="800" loading="lazy" decoding="async"><figcaption>Photo: Practice Press</figcaption></figure>`)
  }
  parts.push('<aside role="note" class="callout callout-crisis"><p class="callout-label">If you need help now</p><p>Call or text 988.</p></aside>')
  return parts.join('\n')
}

const items: FeedItem[] = Array.from({length: ITEMS}, (_, n) => {
  const date = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString()
  return {
    id: `${BASE}/articles/article-${n}`,
    url: `${BASE}/articles/article-${n}`,
    title: `Article ${n}: listening so your partner feels heard`,
    summary: 'How to listen so that the other person feels understood, not judged.',
    contentHtml: html(n),
    published: date,
    updated: date,
    authors: [{name: 'Sam Rivera (sample author)', url: `${BASE}/authors/sam-rivera`}],
    categories: [{term: 'couples', label: 'Couples', url: `${BASE}/topics/couples`}, {term: 'trust', label: 'Trust', url: `${BASE}/topics/trust`}],
    image: {url: `${BASE}/images/hero-${n}-1600x900.jpg`, type: 'image/jpeg', length: 20_452},
  }
})
const feed: Feed = {
  scope: {kind: 'site'},
  title: 'Talk with Lia: articles',
  description: 'Articles on relationships from Talk with Lia.',
  language: 'en-US',
  copyright: '© Talk with Lia',
  updated: items.at(-1)!.updated,
  links: {home: `${BASE}/`, rss: `${BASE}/rss.xml`, atom: `${BASE}/atom.xml`, json: `${BASE}/feed.json`, hubs: []},
  publisher: {name: 'Talk with Lia', url: `${BASE}/`},
  sampleContent: false,
  items,
}

const baseline = new FeedBuilder({
  id: `${BASE}/`,
  title: feed.title,
  description: feed.description,
  link: `${BASE}/`,
  language: 'en-US',
  copyright: feed.copyright,
  updated: new Date(feed.updated),
  feedLinks: {rss: feed.links.rss, atom: feed.links.atom, json: feed.links.json},
  author: {name: 'Talk with Lia', link: `${BASE}/`},
})
for (const item of items) {
  baseline.addItem({
    title: item.title,
    id: item.id,
    link: item.url,
    date: new Date(item.updated),
    published: new Date(item.published),
    description: item.summary,
    content: item.contentHtml,
    author: item.authors.map((author) => ({name: author.name, link: author.url})),
    category: item.categories.map((category) => ({name: category.label, domain: category.url, term: category.term})),
    enclosure: {url: item.image!.url, type: item.image!.type, length: item.image!.length},
  })
}

// Each candidate's document is encoded to UTF-8, as a server does before sending it: a
// string built by concatenation is only a rope until then, so leaving this out would time
// different amounts of work.
const encoder = new TextEncoder()
const candidates: Record<string, () => Uint8Array> = {
  'ours RSS': () => encoder.encode(toRss(feed)),
  'feed RSS': () => encoder.encode(baseline.rss2()),
  'ours Atom': () => encoder.encode(toAtom(feed)),
  'feed Atom': () => encoder.encode(baseline.atom1()),
  'ours JSON': () => encoder.encode(toJsonFeed(feed)),
  'feed JSON': () => encoder.encode(baseline.json1()),
}
const times: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]))
const sizes: Record<string, number> = {}
const names = Object.keys(candidates)
for (const name of names) sizes[name] = candidates[name]!().length // warm up
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length]!
    const started = performance.now()
    candidates[name]!()
    times[name]!.push(performance.now() - started)
  }
}
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!
const average = items.reduce((sum, item) => sum + item.contentHtml.length, 0) / items.length
console.log(`${ITEMS} items, ${(average / 1024).toFixed(1)} KB of HTML each, ${ROUNDS} rounds (median ms to write and UTF-8 encode; output MB)`)
for (const name of names) console.log(`${name.padEnd(10)} ${median(times[name]!).toFixed(1).padStart(7)} ms  ${(sizes[name]! / 2 ** 20).toFixed(1)} MB`)
let missed = false
for (const format of ['RSS', 'Atom', 'JSON']) {
  const ratio = median(times[`ours ${format}`]!) / median(times[`feed ${format}`]!)
  const verdict = ratio <= 0.5 ? 'goal met' : ratio <= 1 ? 'bar met, goal 0.5 not yet' : 'SLOWER than the feed package'
  if (ratio > 1) missed = true
  console.log(`${format}: ${ratio.toFixed(2)}x the feed package (${verdict})`)
}
process.exitCode = missed ? 1 : 0
