/**
 * The example dataset, fetched with the SDK's own queries (groq-js over the export, as
 * the dataset source does) and rendered as pages and feeds render it: every article in
 * every format without a single warning, the crisis notice where it belongs.
 */
import {articleBySlugQuery, practiceQuery} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {readingTime, renderArticle, tableOfContents, type RenderWarning} from '@practice-press/sdk/render'
import {evaluate, parse} from 'groq-js'
import {beforeAll, describe, expect, test} from 'vitest'

import {htmlProblems} from './support/inert-html.ts'

const SLUGS = [
  'repair-after-an-argument',
  'listening-so-your-partner-feels-heard',
  'boundaries-with-family',
  'weekly-check-in-ritual',
  'when-to-try-couples-therapy',
  'managing-conflict-over-money',
]
const BASE_URL = 'https://www.talkwithlia.example'

type Article = Parameters<typeof renderArticle>[0] & {title: string}
let dataset: unknown[]
let practice: Parameters<typeof renderArticle>[1]['practice']

async function query<Result>(groq: string, params: Record<string, unknown> = {}): Promise<Result> {
  const result = await evaluate(parse(groq), {dataset, params})
  return (await result.get()) as Result
}

async function article(slug: string): Promise<Article> {
  return query<Article>(articleBySlugQuery, {slug, now: '2030-01-01T00:00:00Z'})
}

beforeAll(async () => {
  const documents = await readExport(new URL('../../../../content', import.meta.url).pathname, {assetBaseUrl: `${BASE_URL}/images`})
  dataset = documents.filter((document) => !document._id.startsWith('drafts.'))
  practice = await query(practiceQuery)
})

describe.each(SLUGS)('%s', (slug) => {
  test.each(['html', 'markdown', 'text'] as const)('renders as %s without a warning', async (format) => {
    const warnings: RenderWarning[] = []
    const output = renderArticle(await article(slug), {practice, format, baseUrl: BASE_URL, onWarning: (warning) => warnings.push(warning)})
    expect(warnings).toEqual([])
    expect(output.length).toBeGreaterThan(1000)
    expect(format === 'html' ? htmlProblems(output) : []).toEqual([])
    expect(output.includes('If you need help now')).toBe(slug !== 'weekly-check-in-ritual')
  })
})

test('the listening article: its picture, its internal link and its table of contents', async () => {
  const listening = await article('listening-so-your-partner-feels-heard')
  const html = renderArticle(listening, {practice, format: 'html', baseUrl: BASE_URL})
  expect(html).toContain(
    '<figure><img src="https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=1200" srcset="https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=320 320w, https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=640 640w, https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=960 960w, https://www.talkwithlia.example/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg?w=1200 1200w" sizes="100vw" alt="A sandy path winding through green meadows toward soft blue hills" width="1200" height="800" loading="lazy" decoding="async"><figcaption>Many couples find that a walk side by side is the easiest place to talk and to listen. <span class="credit">Photo: <a href="https://www.talkwithlia.example/illustrations">Practice Press illustrations</a>, Practice Press</span></figcaption></figure>',
  )
  expect(html).toContain('<a href="https://www.talkwithlia.example/articles/repair-after-an-argument">how to repair after an argument</a>')
  expect(tableOfContents(listening.body)).toEqual([
    {id: 'what-listening-is-for', text: 'What listening is for', level: 2},
    {id: 'three-habits-that-help', text: 'Three habits that help', level: 2},
    {id: 'slow-down', text: 'Slow down', level: 3},
    {id: 'reflect-back', text: 'Reflect back', level: 3},
    {id: 'ask-about-feelings-not-only-facts', text: 'Ask about feelings, not only facts', level: 3},
    {id: 'phrases-that-close-a-conversation-too-soon', text: 'Phrases that close a conversation too soon', level: 4},
  ])
  expect(readingTime(listening.body).minutes).toBeGreaterThanOrEqual(1)
})
