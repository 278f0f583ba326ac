/**
 * A real clinician's name is on this content: the dataset holds no invented facts about
 * Lia Huynh, and no sample writing appears under her name.
 */
import {fileURLToPath} from 'node:url'

import {readExport} from '@practice-press/sdk/node'
import {beforeAll, describe, expect, it} from 'vitest'

import type {StoredDocument} from '../support/validate.ts'

let documents: StoredDocument[] = []
const byId = (id: string) => documents.find((document) => document._id === id) as Record<string, any>

beforeAll(async () => {
  documents = await readExport(fileURLToPath(new URL('../../content', import.meta.url)))
})

describe('Lia Huynh’s profile', () => {
  it('holds only what we know, and leaves the rest empty', () => {
    const lia = byId('author-lia-huynh')
    expect(Object.keys(lia).filter((key) => !key.startsWith('_')).toSorted()).toEqual([
      'contact',
      'credentials',
      'jobTitle',
      'languages',
      'name',
      'offices',
      'shortBio',
      'slug',
      'specialties',
    ])
    expect(lia.credentials).toEqual([
      {
        _key: 'dbfb51db3aa5',
        _type: 'credential',
        abbreviation: 'LMFT',
        issuingBoard: 'California Board of Behavioral Sciences',
        name: 'Licensed Marriage and Family Therapist',
        state: 'CA',
      },
    ])
    expect(lia.contact).toEqual({_type: 'contact', responsePromise: 'a personal reply in 24 hours or less'})
  })

  it('signs no article: the sample articles are by the fictional sample author', () => {
    const articles = documents.filter((document) => document._type === 'article')
    const authors = new Set(articles.map((article) => (article.author as {_ref: string})._ref))
    expect([...authors]).toEqual(['author-sam-rivera'])
    expect(byId('author-sam-rivera').name).toBe('Sam Rivera (sample author)')
  })

  it('marks the site as sample content, with the default crisis notice', () => {
    const practice = byId('practice')
    expect({sampleContent: practice.sampleContent, crisis: practice.crisisResources.text}).toEqual({
      sampleContent: true,
      crisis:
        'If you are in crisis or thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.',
    })
  })
})
