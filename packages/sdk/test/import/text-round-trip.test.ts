/**
 * A guard against reading only the seed well: every example article, rendered as plain
 * text by `toText` (paragraphs separated by blank lines, headings and list items on lines
 * of their own) and read back by `fromText`, gives back its headings, paragraphs and list
 * items, and every heading with its level: `toText` leaves more space above a bigger
 * section's heading, and `fromText` reads the levels back from that space.
 */
import {fromText, type ImportedBlock} from '@practice-press/sdk/import'
import {readExport} from '@practice-press/sdk/node'
import {toText} from '@practice-press/sdk/render'
import {beforeAll, describe, expect, it} from 'vitest'

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

const textOf = (block: ImportedBlock) => (block._type === 'block' ? (block.children ?? []).map((span) => span.text).join('') : '')
const isHeading = (block: ImportedBlock) => block._type === 'block' && block.style !== 'normal' && block.style !== 'blockquote'
const isListItem = (block: ImportedBlock) => block._type === 'block' && block.listItem !== undefined

/** The paragraphs `toText` writes for a body: text blocks and quotes, and the text of the custom blocks. */
function paragraphsOf(body: readonly ImportedBlock[]): string[] {
  return body.flatMap((block) => {
    switch (block._type) {
      case 'block':
        return isHeading(block) || isListItem(block) ? [] : [textOf(block)]
      case 'callout':
        return (block.text ?? '').split('\n\n')
      case 'pullQuote':
        return [block.text ?? '']
      case 'imageWithCredit':
        return block.caption ? [block.caption] : []
      case 'callToAction':
        return [block.label ?? '']
      default:
        return []
    }
  })
}

describe('fromText(toText(article)) for every example article', () => {
  it('gives back every heading, with its level', () => {
    let headings = 0
    for (const article of articles) {
      const {blocks} = fromText(toText(article.body as never, {onWarning: false}))
      const expected = article.body.filter(isHeading).map((block) => `${block._type === 'block' ? block.style : ''} ${textOf(block)}`)
      expect({id: article._id, headings: blocks.filter(isHeading).map((block) => `${block._type === 'block' ? block.style : ''} ${textOf(block)}`)}).toEqual({
        id: article._id,
        headings: expected,
      })
      headings += expected.length
    }
    expect(headings).toBe(31)
  })

  it('gives back every paragraph and list item, word for word', () => {
    for (const article of articles) {
      const {blocks} = fromText(toText(article.body as never, {onWarning: false}))
      expect({
        id: article._id,
        paragraphs: blocks.filter((block) => block._type === 'block' && !isHeading(block) && !isListItem(block)).map(textOf),
        items: blocks.filter(isListItem).map(textOf),
        others: blocks.filter((block) => block._type !== 'block').length,
      }).toEqual({
        id: article._id,
        paragraphs: paragraphsOf(article.body),
        items: article.body.filter(isListItem).map(textOf),
        others: 0,
      })
    }
  })

  it('reports only what reads like a callout', () => {
    const reports = articles.map((article) => ({
      id: article._id,
      kinds: fromText(toText(article.body as never, {onWarning: false})).report.map((entry) => entry.kind),
    }))
    expect(reports.filter((entry) => entry.kinds.length > 0)).toEqual([{id: 'article-managing-conflict-over-money', kinds: ['possible-callout']}])
  })
})
