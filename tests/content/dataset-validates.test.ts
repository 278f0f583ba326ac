/**
 * The example dataset in content/ is valid against the schema: every document, run
 * through Sanity's own `validateDocument` with references and slug uniqueness answered
 * from the dataset itself (groq-js), and again as the Studio validates while editing.
 */
import {fileURLToPath} from 'node:url'

import {readExport} from '@practice-press/sdk/node'
import {beforeAll, describe, expect, it} from 'vitest'

import {validateAsStudio, validateHeadless, type EditorMarker, type StoredDocument} from '../support/validate.ts'

const contentDir = fileURLToPath(new URL('../../content', import.meta.url))

/** The one finding the dataset may have: we do not know Lia Huynh's license number. */
const allowed: Record<string, EditorMarker[]> = {
  'author-lia-huynh': [
    {
      path: 'credentials[_key=="dbfb51db3aa5"].licenseNumber',
      level: 'warning',
      message: 'Add your license number, so clients can look up your license with the board.',
    },
  ],
}

let dataset: StoredDocument[] = []
let editable: StoredDocument[] = []

beforeAll(async () => {
  dataset = await readExport(contentDir)
  editable = dataset.filter((document) => !document._type.startsWith('sanity.'))
})

describe('the example dataset', () => {
  it('holds the documents the design asks for', () => {
    const count = (type: string) => editable.filter((document) => document._type === type).length
    expect({
      practice: count('practice'),
      authors: count('author'),
      locations: count('location'),
      topicsAtLeast3: count('topic') >= 3,
      articlesAtLeast6: editable.filter((d) => d._type === 'article' && !d._id.startsWith('drafts.')).length >= 6,
      drafts: editable.filter((d) => d._id.startsWith('drafts.')).map((d) => d._id).toSorted(),
      imageAssets: dataset.filter((d) => d._type === 'sanity.imageAsset').length,
    }).toEqual({
      practice: 1,
      authors: 2,
      locations: 2,
      topicsAtLeast3: true,
      articlesAtLeast6: true,
      drafts: ['drafts.article-repair-after-an-argument', 'drafts.article-small-ways-to-show-appreciation'],
      imageAssets: 12,
    })
  })

  it('passes validateDocument (headless), references and unique slugs included', async () => {
    const findings = Object.fromEntries(
      await Promise.all(editable.map(async (document) => [document._id, await validateHeadless(document, dataset)] as const)),
    )
    expect(Object.fromEntries(Object.entries(findings).filter(([, markers]) => markers.length > 0))).toEqual(allowed)
  })

  it('passes validation as the Studio runs it', async () => {
    const findings = Object.fromEntries(
      await Promise.all(editable.map(async (document) => [document._id, await validateAsStudio(document, dataset)] as const)),
    )
    expect(Object.fromEntries(Object.entries(findings).filter(([, markers]) => markers.length > 0))).toEqual(allowed)
  })
})
