/**
 * The pages carry microformats2 (microformats.org/wiki/microformats2), so IndieWeb readers
 * and bridges can read them: each article an `h-entry`, the clinician and each office an
 * `h-card`. Read back with `microformats-parser`, a parser that follows the mf2 parsing
 * specification. A fact that is not filled in has no property (never an empty one).
 */
import {createApp} from '@practice-press/cli/app'
import {createDatasetSource, type DatasetDocument} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {mf2} from 'microformats-parser'
import {beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

const BASE = 'http://localhost'
/** The practice's address: the pages' canonical URLs, and so their u-url, are on it. */
const SITE = 'https://www.talkwithlia.example'
let example: DatasetDocument[]
beforeAll(async () => {
  example = await readExport(repoPath('content'))
})

type Item = {type?: string[]; properties: Record<string, unknown[]>; value?: unknown}

async function items(path: string, documents = example): Promise<Item[]> {
  const app = createApp({source: createDatasetSource(documents)})
  const response = await app.fetch(new Request(`${BASE}${path}`))
  expect(response.status).toBe(200)
  return mf2(await response.text(), {baseUrl: `${BASE}${path}`}).items as Item[]
}
const only = async (path: string, type: string, documents?: DatasetDocument[]) => {
  const found = (await items(path, documents)).filter((item) => item.type?.includes(type))
  expect(found).toHaveLength(1)
  return found[0]!.properties
}

describe('microformats2 on the pages', () => {
  it('an article is an h-entry: name, summary, author h-card, published date, featured picture, content, categories, its own URL', async () => {
    const entry = await only('/articles/repair-after-an-argument', 'h-entry')
    expect(entry.name).toEqual(['How to repair after an argument'])
    expect(entry.summary).toEqual([expect.stringMatching(/^Every couple argues\./)])
    expect(entry.author).toEqual([expect.objectContaining({type: ['h-card'], properties: expect.objectContaining({name: ['Sam Rivera (sample author)'], url: [`${BASE}/authors/sam-rivera`]})})])
    expect(entry.published).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)])
    expect(entry.featured).toEqual([expect.objectContaining({value: expect.stringContaining(`${BASE}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`), alt: expect.stringContaining('park bench')})])
    const content = entry.content as Array<{html: string; value: string}>
    expect(content[0]!.value.startsWith('Arguments are a normal part of sharing a life.')).toBe(true)
    // The body only: not the table of contents, the related articles or the insurance note.
    expect(content[0]!.html).not.toContain('On this page')
    expect(content[0]!.html).not.toContain('Related articles')
    expect(entry.category).toEqual(expect.arrayContaining(['Couples']))
    expect(entry.url).toEqual([`${SITE}/articles/repair-after-an-argument`])
  })

  it('the clinician is an h-card with what her profile holds, and no property for what it does not', async () => {
    const card = await only('/authors/lia-huynh', 'h-card')
    expect(card.name).toEqual(['Lia Huynh'])
    expect(card['job-title']).toEqual(['Licensed Marriage and Family Therapist'])
    expect(card['honorific-suffix']).toEqual(['LMFT'])
    expect(card.org).toEqual(['Talk with Lia'])
    expect(card.note).toEqual([expect.stringContaining('more than 20 years')])
    expect(card.url).toEqual([`${SITE}/authors/lia-huynh`])
    expect(card.locality).toEqual(['San Jose', 'Milpitas'])
    // Her email and phone are not filled in: no email or tel, not an empty one.
    expect(card).not.toHaveProperty('email')
    expect(card).not.toHaveProperty('tel')
    const withContact = example.map((document) =>
      document._id === 'author-lia-huynh' ? {...document, contact: {_type: 'contact', email: 'lia@example.com', phone: '(408) 555-0199'}} : document,
    )
    const filled = await only('/authors/lia-huynh', 'h-card', withContact)
    expect([filled.email, filled.tel]).toEqual([['mailto:lia@example.com'], ['(408) 555-0199']])
  })

  it('each office is an h-card with its address parts, phone, position and page', async () => {
    const card = await only('/locations/san-jose', 'h-card')
    expect(card.name).toEqual(['San Jose office'])
    expect(card.org).toEqual(['Talk with Lia'])
    expect(card.tel).toEqual(['(408) 555-0100'])
    expect(card.url).toEqual([`${SITE}/locations/san-jose`])
    expect([card.latitude, card.longitude]).toEqual([['37.3382'], ['-121.8863']])
    expect(card.adr).toEqual([
      expect.objectContaining({
        type: ['h-adr'],
        properties: {'street-address': ['100 Example Street, Suite 200'], locality: ['San Jose'], region: ['CA'], 'postal-code': ['95113']},
      }),
    ])
    const noPhone = example.map((document) => (document._id === 'location-san-jose' ? {...document, phone: undefined} : document))
    expect(await only('/locations/san-jose', 'h-card', noPhone)).not.toHaveProperty('tel')
  })
})
