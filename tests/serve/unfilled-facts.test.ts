/**
 * A yes/no the practice has not filled in is never shown as a fact (issue: her office pages
 * said "Not accepting new clients at the moment" and "In person only." because both fields
 * were empty). Every optional yes/no fact about an office, in each of its three states
 * (yes, no, not filled in), in every output that carries it: the office page, the footer,
 * the JSON-LD in the page, and the Studio's preview of the office.
 */
import {location} from '@practice-press/schemas'
import {createApp} from '@practice-press/cli/app'
import {createDatasetSource, type DatasetDocument} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'
import {beforeAll, describe, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'

let example: DatasetDocument[]
beforeAll(async () => {
  example = await readExport(repoPath('content'))
})

type State = true | false | undefined
const states: [string, State][] = [
  ['yes', true],
  ['no', false],
  ['not filled in', undefined],
]

/** The example dataset with both offices' `field` set to `value` (or removed). */
async function siteWith(field: string, value: State, extra: Record<string, unknown> = {}) {
  const documents = example.map((document) => {
    if (document._type !== 'location') return document
    const {[field]: _old, ...rest} = document as Record<string, unknown>
    return {...rest, ...extra, ...(value === undefined ? {} : {[field]: value})} as DatasetDocument
  })
  const app = createApp({source: createDatasetSource(documents)})
  const page = async (path: string) => {
    const response = await app.fetch(new Request(`http://localhost${path}`))
    expect(response.status).toBe(200)
    return response.text()
  }
  return {page}
}

/** Text a reader sees: tags dropped, whitespace collapsed. */
const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

/** The page's JSON-LD objects. */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? 'null'))

const clinic = (html: string) => jsonLd(html).find((data) => data['@type'] === 'MedicalClinic')

const preview = (value: Record<string, unknown>) => {
  const prepare = location.preview?.prepare as ((selection: Record<string, unknown>) => {title?: string; subtitle?: string}) | undefined
  if (!prepare) throw new Error('the office schema has no preview')
  return prepare(value)
}

describe('acceptingNewClients', () => {
  const said = {true: 'Accepting new clients', false: 'Not accepting new clients at the moment'}

  it.each(states)('%s: the office page, its JSON-LD, the footer and the Studio preview agree', async (_name, value) => {
    const {page} = await siteWith('acceptingNewClients', value)
    const office = await page('/locations/san-jose')
    const text = visible(office)
    expect(Object.entries(said).filter(([, words]) => text.includes(words)).map(([state]) => state)).toEqual(value === undefined ? [] : [String(value)])
    expect(clinic(office)?.isAcceptingNewPatients).toBe(value)
    expect(Object.hasOwn(clinic(office) ?? {}, 'isAcceptingNewPatients')).toBe(value !== undefined)

    const home = visible(await page('/'))
    expect(home.includes('San Jose, CA · accepting new clients')).toBe(value === true)
    expect(home).not.toMatch(/not accepting/i)

    expect(preview({title: 'San Jose office', city: 'San Jose', state: 'CA', accepting: value}).subtitle).toBe(
      value === true ? 'San Jose, CA · accepting new clients' : value === false ? 'San Jose, CA · not accepting new clients' : 'San Jose, CA',
    )
  })
})

describe('telehealth', () => {
  it.each(states)('%s: the office page and its JSON-LD agree', async (_name, value) => {
    const {page} = await siteWith('telehealth', value, {telehealthRegions: ['California']})
    const office = await page('/locations/milpitas')
    const text = visible(office)
    expect(text.includes('Telehealth Video sessions available for clients in California.')).toBe(value === true)
    expect(text.includes('Telehealth In person only.')).toBe(value === false)
    expect(text.includes('Telehealth')).toBe(value !== undefined)
    const service = clinic(office)?.availableService as {name?: string} | undefined
    expect(service !== undefined).toBe(value === true)
  })
})

describe('the reply promise', () => {
  it('the practice’s promise to reply is not shown in the footer beside no way to write; the offices’ phones are, as tel: links', async () => {
    const {page} = await siteWith('acceptingNewClients', undefined)
    const home = await page('/')
    const footer = home.slice(home.indexOf('<footer'))
    expect(footer).not.toContain('24 hours')
    expect(footer).toContain('<a href="tel:4085550100">(408) 555-0100</a>')
    expect(footer).toContain('<a href="tel:4085550101">(408) 555-0101</a>')
  })

  it('a clinician’s own promise is shown only with her contact details: Lia Huynh has none yet, so her page makes no promise', async () => {
    const {page} = await siteWith('acceptingNewClients', undefined)
    expect(await page('/authors/lia-huynh')).not.toContain('24 hours')
  })
})

describe('the schema gives neither field a value before the practice chooses', () => {
  it.each(['acceptingNewClients', 'telehealth'])('%s has no initial value', (name) => {
    const field = (location.fields as {name: string; initialValue?: unknown}[]).find((candidate) => candidate.name === name)
    expect(field).toBeDefined()
    expect(field).not.toHaveProperty('initialValue')
  })
})
