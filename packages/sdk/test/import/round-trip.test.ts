/**
 * Markdown and back: for every example article and for generated Portable Text of every
 * block and mark type, `fromMarkdown(toMarkdown(x, {lossless: true}))` is `x` up to `_key`s
 * after normalising; portable Markdown gives back the standard types exactly. The Markdown
 * is written by `@practice-press/sdk/render`, per docs/portable-text-and-markdown.md.
 */
import * as fc from 'fast-check'
import {fromMarkdown, normalizePortableText, type ImportedBlock} from '@practice-press/sdk/import'
import {readExport} from '@practice-press/sdk/node'
import {toMarkdown} from '@practice-press/sdk/render'
import {beforeAll, describe, expect, it} from 'vitest'

import {articleBody, standardBody} from './support/arbitraries.ts'
import {CONTENT} from './support/paths.ts'

interface Article {
  _id: string
  body: ImportedBlock[]
}

let articles: Article[] = []

beforeAll(async () => {
  const documents = await readExport(CONTENT)
  articles = documents.filter((document) => document._type === 'article') as unknown as Article[]
})

const strip = (blocks: readonly unknown[]) => normalizePortableText(blocks, {keys: 'strip'})

function roundTrip(blocks: readonly ImportedBlock[], lossless: boolean) {
  const markdown = toMarkdown(blocks as never, {lossless, onWarning: false})
  return {result: fromMarkdown(markdown), markdown}
}

/**
 * What portable Markdown can carry of a body: its text blocks, with links that all open
 * in the same tab (a link's tab is not Markdown) and no internal links (written as the
 * page's URL, or as text when the page is unknown, as here).
 */
function standardTypes(blocks: readonly ImportedBlock[]): ImportedBlock[] {
  return blocks.flatMap((block) => {
    if (block._type !== 'block') return []
    const internal = new Set((block.markDefs ?? []).filter((def) => def._type === 'internalLink').map((def) => def._key))
    return [
      {
        ...block,
        markDefs: (block.markDefs ?? []).filter((def) => def._type === 'link').map((def) => ({...def, openInNewTab: false})),
        children: (block.children ?? []).map((span) => ({...span, marks: (span.marks ?? []).filter((mark) => !internal.has(mark))})),
      },
    ]
  })
}

describe('the example articles', () => {
  it('are all here: six published articles and two drafts', () => {
    expect(articles.map((article) => article._id)).toEqual([
      'article-repair-after-an-argument',
      'article-listening-so-your-partner-feels-heard',
      'article-boundaries-with-family',
      'article-weekly-check-in-ritual',
      'article-when-to-try-couples-therapy',
      'article-managing-conflict-over-money',
      'drafts.article-small-ways-to-show-appreciation',
      'drafts.article-repair-after-an-argument',
    ])
  })

  it('come back from lossless Markdown as they were, with nothing to report', () => {
    for (const article of articles) {
      const {result} = roundTrip(article.body, true)
      expect({id: article._id, blocks: strip(result.blocks), report: result.report}).toEqual({id: article._id, blocks: strip(article.body), report: []})
    }
  })

  it('give back their standard types from portable Markdown exactly', () => {
    for (const article of articles) {
      const standard = standardTypes(article.body)
      const {result} = roundTrip(standard, false)
      expect({id: article._id, blocks: strip(result.blocks), report: result.report}).toEqual({id: article._id, blocks: strip(standard), report: []})
    }
  })
})

describe('generated Portable Text', () => {
  it('of every block and mark type comes back from lossless Markdown', () => {
    fc.assert(
      fc.property(articleBody, (body) => {
        expect(strip(roundTrip(body, true).result.blocks)).toEqual(strip(body))
      }),
      {numRuns: 300},
    )
  })

  it('of the standard types comes back from portable Markdown', () => {
    fc.assert(
      fc.property(standardBody, (body) => {
        expect(strip(roundTrip(body, false).result.blocks)).toEqual(strip(body))
      }),
      {numRuns: 300},
    )
  })
})
