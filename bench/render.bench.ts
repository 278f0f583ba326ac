/**
 * Rendering speed: our sanitised `toHtml` against @portabletext/to-html (unsanitised), our
 * `toMarkdown` against @portabletext/markdown, on one 30-block, ~1,500-word article of the
 * standard types, measured in the same run, interleaved round by round so that load from
 * other processes falls on every candidate alike. Also `renderArticle` with and without a
 * render cache. Run by hand:
 *
 *   pnpm exec node --conditions=@practice-press/source bench/render.bench.ts [rounds]
 *
 * Goals: toHtml within 2.5× of @portabletext/to-html; toMarkdown within 2× of
 * @portabletext/markdown. Exits with status 1 when a goal is missed.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

import {createRenderCache, renderArticle, toHtml, toMarkdown, toText, type UnifiedFactory} from '@practice-press/sdk/render'

// The reference renderers are development dependencies of the SDK: resolved from there.
const requireFromSdk = createRequire(new URL('../packages/sdk/package.json', import.meta.url))
const load = async <Module>(name: string): Promise<Module> => (await import(pathToFileURL(requireFromSdk.resolve(name)).href)) as Module
const {toHTML} = await load<{toHTML: (value: unknown) => string}>('@portabletext/to-html')
const {portableTextToMarkdown} = await load<{portableTextToMarkdown: (value: unknown) => string}>('@portabletext/markdown')
// One real rehype plugin, to report what plugins cost: unified and rehype-external-links.
const {unified} = await load<{unified: UnifiedFactory}>('unified')
const {default: rehypeExternalLinks} = await load<{default: never}>('rehype-external-links')

const ROUNDS = Number(process.argv[2] ?? 60)
const BATCH = 20

/** A deterministic article: 30 blocks (3 h2, 3 h3, 18 paragraphs, a quote, 6 list items), ~1,500 words. */
function article(): unknown[] {
  const vocabulary = (
    'listening partner conversation feel heard repair argument trust calm breath notice pause reflect gently slowly ' +
    'together evening weekly ritual money boundaries family kindness honest understand therapist practice couples'
  ).split(' ')
  let seed = 7
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const words = (count: number) => Array.from({length: count}, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ')
  let key = 0
  const k = () => `k${(key++).toString(16).padStart(6, '0')}`
  const span = (text: string, marks: string[] = []) => ({_type: 'span', _key: k(), text, marks})
  const simple = (style: string, count: number, extra: Record<string, unknown> = {}) => ({_type: 'block', _key: k(), style, markDefs: [], children: [span(words(count))], ...extra})
  const paragraph = () => {
    const link = k()
    return {
      _type: 'block',
      _key: k(),
      style: 'normal',
      markDefs: [{_type: 'link', _key: link, href: 'https://www.example.com/articles/listening?ref=bench'}],
      children: [
        span(`${words(18)} `),
        span(words(4), ['strong']),
        span(` ${words(16)} `),
        span(words(3), ['em']),
        span(` ${words(10)}, `),
        span(words(3), [link]),
        span(` ${words(12)} `),
        span(words(2), ['code']),
        span(` ${words(9)}.`),
      ],
    }
  }
  const blocks: unknown[] = []
  for (let index = 0; index < 30; index++) {
    const slot = index % 10
    if (slot === 0) blocks.push(simple('h2', 5))
    else if (slot === 5) blocks.push(simple('h3', 4))
    else if (slot === 7 || slot === 8) blocks.push(simple('normal', 14, {listItem: 'bullet', level: slot === 8 ? 2 : 1}))
    else if (index === 13) blocks.push(simple('blockquote', 30))
    else blocks.push(paragraph())
  }
  return blocks
}

interface Candidate {
  name: string
  run: () => unknown
  samples: number[]
}

const body = article()
const practice = {crisisResources: {heading: 'If you need help now', text: 'Call or text 988 in the US, or call 911 in an emergency.'}}
const document = {_id: 'article-bench', _rev: 'r1', body, showCrisisNotice: true}
const cache = createRenderCache()

const candidates: Candidate[] = [
  {name: '@portabletext/to-html (unsanitised)', run: () => toHTML(body), samples: []},
  {name: 'toHtml (sanitised)', run: () => toHtml(body), samples: []},
  {name: 'toHtml + rehype-external-links', run: () => toHtml(body, {unified, rehypePlugins: [[rehypeExternalLinks, {target: '_blank'}]]}), samples: []},
  {name: '@portabletext/markdown', run: () => portableTextToMarkdown(body), samples: []},
  {name: 'toMarkdown', run: () => toMarkdown(body), samples: []},
  {name: 'toText', run: () => toText(body), samples: []},
  {name: 'renderArticle html, no cache', run: () => renderArticle(document, {practice, format: 'html'}), samples: []},
  {name: 'renderArticle html, cache hit', run: () => renderArticle(document, {practice, format: 'html', cache}), samples: []},
]

for (const candidate of candidates) for (let index = 0; index < 300; index++) candidate.run()
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round, so no candidate always runs first (or last).
  for (let offset = 0; offset < candidates.length; offset++) {
    const candidate = candidates[(round + offset) % candidates.length] as Candidate
    const started = performance.now()
    for (let index = 0; index < BATCH; index++) candidate.run()
    candidate.samples.push(((performance.now() - started) / BATCH) * 1000)
  }
}

const median = (samples: number[]) => {
  const sorted = samples.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
const medians = new Map(candidates.map((candidate) => [candidate.name, median(candidate.samples)]))
const words = toText(body).split(/\s+/).filter(Boolean).length
console.log(`Article: ${body.length} blocks, ${words} words. ${ROUNDS} rounds of ${BATCH} calls each; medians in microseconds per call.\n`)
for (const [name, value] of medians) console.log(`${name.padEnd(38)} ${value.toFixed(1).padStart(8)} µs`)

const ratio = (ours: string, theirs: string) => (medians.get(ours) ?? Number.NaN) / (medians.get(theirs) ?? Number.NaN)
const htmlRatio = ratio('toHtml (sanitised)', '@portabletext/to-html (unsanitised)')
const markdownRatio = ratio('toMarkdown', '@portabletext/markdown')
const cacheSpeedup = ratio('renderArticle html, no cache', 'renderArticle html, cache hit')
console.log(`\ntoHtml / @portabletext/to-html:      ${htmlRatio.toFixed(2)}× (goal ≤ 2.5×)`)
const plugin = ratio('toHtml + rehype-external-links', 'toHtml (sanitised)')
console.log(`one rehype plugin (external links):  ${plugin.toFixed(2)}× toHtml (+${((medians.get('toHtml + rehype-external-links') ?? 0) - (medians.get('toHtml (sanitised)') ?? 0)).toFixed(0)} µs per call)`)
console.log(`toMarkdown / @portabletext/markdown: ${markdownRatio.toFixed(2)}× (goal ≤ 2×)`)
console.log(`renderArticle, cache hit:            ${cacheSpeedup.toFixed(0)}× faster than rendering`)
if (!(htmlRatio <= 2.5 && markdownRatio <= 2)) {
  console.error('\nA goal was missed.')
  process.exitCode = 1
}
