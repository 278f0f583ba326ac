/**
 * The seed: one of Lia Huynh's published articles, as plain text copied from the web page
 * (read from ../shared/seeds, never copied into the project). A careful editor reads it
 * as: no title of its own (the first line is the site's name); a hero picture (the alt
 * text line before the first paragraph); three h2 sections, the third of which ("How to
 * Rebuild") is only a heading for five h3 steps; a second picture with its credit line
 * near the end; 29 paragraphs, one of them an aside in brackets about insurance; then the
 * author box, which belongs on her profile, not in the article.
 */
import {readFileSync} from 'node:fs'

import {countingKeys, fromText, normalizePortableText, type ImportedBlock} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

import {SEED_ARTICLE} from './support/paths.ts'

const seed = readFileSync(SEED_ARTICLE, 'utf8')
const lines = seed.split('\n')
const {blocks, report} = fromText(seed, {siteName: 'Talk with Lia', generateKey: countingKeys()})

/** A line of the seed with its no-break spaces made plain and runs of spaces collapsed. */
const sourceLine = (line: number) => (lines[line - 1] ?? '').replace(/\s+/g, ' ').trim()
const textOf = (block: ImportedBlock) => (block._type === 'block' ? (block.children ?? []).map((span) => span.text).join('') : '')

/** `count` paragraphs in an outline. */
const paragraphRun = (count: number) => Array.from({length: count}, () => 'paragraph')

/** The seed's paragraphs by the line each one is on (each is one line of the file). */
const PARAGRAPH_LINES = [5, 7, 9, 13, 15, 17, 19, 23, 25, 27, 29, 35, 37, 41, 43, 45, 47, 51, 53, 55, 59, 61, 63, 67, 69, 71, 78, 80, 82]

describe('the seed article, pasted from the web page', () => {
  it('has this outline: pictures, headings with levels, and paragraphs in between', () => {
    const outline = blocks.map((block) => {
      if (block._type === 'imageWithCredit') return `picture: ${block.alt}`
      if (block._type === 'block' && block.style !== 'normal') return `${block.style}: ${textOf(block)}`
      if (block._type === 'block' && !block.listItem) return 'paragraph'
      return block._type
    })
    expect(outline).toEqual([
      'picture: Trust silhouette of man and woman under yellow sky',
      ...paragraphRun(3),
      'h2: The Importance of Trust in a Relationship',
      ...paragraphRun(4),
      'h2: Effects of Broken Trust',
      ...paragraphRun(4),
      'h2: How to Rebuild',
      'h3: Acknowledge the Hurt',
      ...paragraphRun(2),
      'h3: Apologize for the Hurt Caused',
      ...paragraphRun(4),
      'h3: Reach out to a Professional',
      ...paragraphRun(3),
      'h3: Understand that Rebuilding Requires Patience and Time',
      ...paragraphRun(3),
      'h3: Make Changes to Behavior',
      ...paragraphRun(3),
      'picture: couple sitting on the ground',
      ...paragraphRun(3),
    ])
  })

  it('has two pictures, with alt text and, for the second, the credit line as credit', () => {
    const pictures = normalizePortableText(blocks, {keys: 'strip'}).filter((block) => block._type === 'imageWithCredit')
    expect(pictures).toEqual([
      {_type: 'imageWithCredit', alt: 'Trust silhouette of man and woman under yellow sky'},
      {
        _type: 'imageWithCredit',
        alt: 'couple sitting on the ground',
        credit: {_type: 'credit', name: 'Khamkéo Vilaysing', source: 'Unsplash'},
      },
    ])
  })

  it('keeps its 29 paragraphs word for word, each one plain text', () => {
    const paragraphs = blocks.filter((block) => block._type === 'block' && block.style === 'normal')
    expect(paragraphs.length).toBe(29)
    expect(paragraphs.map(textOf)).toEqual(PARAGRAPH_LINES.map(sourceLine))
    expect(paragraphs.every((block) => block._type === 'block' && block.markDefs?.length === 0 && block.children?.length === 1)).toBe(true)
  })

  it('reports no title, both pictures awaiting their files, the insurance aside and the author box', () => {
    const authorBox = seed
      .split('\n')
      .slice(84)
      .join('\n')
      .split(/\n\s*\n/)
      .map((chunk) => chunk.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).join('\n'))
      .filter(Boolean)
      .join('\n\n')
    expect(report).toEqual([
      {
        kind: 'no-title',
        message: 'The text has no title of its own: its first line, "Talk with Lia", is the site\'s name. Write the article\'s title in its title field.',
        line: 1,
        column: 1,
        excerpt: 'Talk with Lia',
      },
      {
        kind: 'image-asset-unresolved',
        message: 'The picture "Trust silhouette of man and woman under yellow sky" has no file yet: upload it and choose it.',
        line: 3,
        column: 1,
      },
      {
        kind: 'possible-callout',
        message: 'A paragraph in brackets reads like an aside: it was kept as a paragraph; consider making it a callout.',
        line: 55,
        column: 1,
        excerpt: sourceLine(55),
      },
      {
        kind: 'image-asset-unresolved',
        message: 'The picture "couple sitting on the ground" has no file yet: upload it and choose it.',
        line: 74,
        column: 1,
      },
      {
        kind: 'author-bio',
        message: 'The "About the author" section (4 blocks of text, up to the end) was left out of the article: it belongs on the author\'s profile.',
        line: 85,
        column: 1,
        excerpt: authorBox,
      },
    ])
    expect(authorBox.startsWith('About the author:')).toBe(true)
    expect(sourceLine(55).startsWith('(') && sourceLine(55).endsWith(')')).toBe(true)
  })

  it('leaves the author box, the site name and the credit line out of the body', () => {
    const body = blocks.map(textOf).join('\n')
    for (const line of [1, 76, 85, 87, 90, 93]) expect(body.includes(sourceLine(line).slice(0, 30))).toBe(false)
  })

  it('without the site name, takes the first line as the title instead', () => {
    const withoutSiteName = fromText(seed, {generateKey: countingKeys()})
    expect(withoutSiteName.blocks).toEqual(blocks)
    expect(withoutSiteName.report[0]).toEqual({
      kind: 'title',
      message: 'The line "Talk with Lia" was taken as the article\'s title and left out of the body.',
      line: 1,
      column: 1,
      excerpt: 'Talk with Lia',
    })
    expect(withoutSiteName.report.slice(1)).toEqual(report.slice(1))
  })
})
