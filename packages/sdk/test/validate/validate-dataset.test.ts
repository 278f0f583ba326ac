/**
 * validateDataset: the schema's rules as the Studio runs them, plus the checks across
 * documents and for readers the Studio does not make, on the example dataset and on
 * documents made wrong one way each.
 */
import {fileURLToPath} from 'node:url'

import {schemaTypes} from '@practice-press/schemas'
import {createSchema} from 'sanity'
import {beforeAll, describe, expect, it} from 'vitest'

import {readExport} from '../../src/node.ts'
import type {DatasetDocument} from '../../src/sources/dataset/parse-ndjson-line.ts'
import {validateDataset} from '../../src/validate/index.ts'

const schema = createSchema({name: 'default', types: schemaTypes})
const contentDir = fileURLToPath(new URL('../../../../content', import.meta.url))
const now = new Date('2026-12-07T12:00:00Z')

let dataset: DatasetDocument[] = []
beforeAll(async () => {
  dataset = await readExport(contentDir)
})

const published = (type: string) => dataset.find((document) => document._type === type && !document._id.startsWith('drafts.')) as DatasetDocument

/** The example dataset with `changed` in place of (or beside) its documents. */
function withDocuments(...changed: DatasetDocument[]): DatasetDocument[] {
  const ids = new Set(changed.map((document) => document._id))
  return [...dataset.filter((document) => !ids.has(document._id)), ...changed]
}

const span = (text: string, marks: string[] = []) => ({_type: 'span', _key: `s${text.length}`, text, marks})

const findingsOf = async (documents: DatasetDocument[], id: string) =>
  (await validateDataset(documents, {schema, now})).findings.filter((finding) => finding.documentId === id).map(({path, level, check, message}) => ({path, level, check, message}))

describe('validateDataset', () => {
  it('finds only the missing license number in the example dataset', async () => {
    const result = await validateDataset(dataset, {schema, now})
    expect(result.findings.map(({documentId, path, level, check}) => ({documentId, path, level, check}))).toEqual([
      {documentId: 'author-lia-huynh', path: 'credentials[_key=="dbfb51db3aa5"].licenseNumber', level: 'warning', check: 'schema'},
    ])
    expect(result.counts).toEqual({error: 0, warning: 1, info: 0})
    expect(result.documents).toBe(dataset.filter((document) => !document._type.startsWith('sanity.')).length)
  })

  it('names a reference to a document that does not exist, in place of Sanity’s "must be published"', async () => {
    const article = {...published('article'), author: {_type: 'reference', _ref: 'author-nobody'}}
    expect(await findingsOf(withDocuments(article), article._id)).toEqual([
      {path: 'author', level: 'error', check: 'reference', message: 'This points to a document that does not exist (author-nobody): choose another one, or remove it.'},
    ])
  })

  it('says which document a published article points to is only a draft', async () => {
    const topic = {_id: 'drafts.topic-new', _type: 'topic', title: 'Grief', slug: {_type: 'slug', current: 'grief'}}
    const article = {...published('article'), topics: [{_type: 'reference', _key: 't1', _ref: 'topic-new'}]}
    const findings = await findingsOf(withDocuments(article, topic), article._id)
    expect(findings).toEqual([
      {path: 'topics[_key=="t1"]', level: 'error', check: 'reference', message: '"Grief" is not published yet: publish it first, or choose a published one.'},
    ])
  })

  it('names the other document that uses the same address', async () => {
    const original = published('article')
    const copy = {...original, _id: 'article-copy', title: 'A copy'}
    const findings = await findingsOf(withDocuments(copy), 'article-copy')
    expect(findings).toEqual([
      {path: 'slug', level: 'error', check: 'slug', message: `The address "${(original.slug as {current: string}).current}" is also used by "${String(original.title)}" (${original._id}): give each its own.`},
    ])
  })

  it('warns of a heading that skips a level, and of link text that says nothing', async () => {
    const article = {
      ...published('article'),
      body: [
        {_type: 'block', _key: 'h', style: 'h3', markDefs: [], children: [span('Starting again')]},
        {
          _type: 'block',
          _key: 'p',
          style: 'normal',
          markDefs: [
            {_type: 'link', _key: 'vague', href: 'https://example.com/fees'},
            {_type: 'link', _key: 'empty', href: 'https://example.com/'},
            {_type: 'link', _key: 'good', href: 'https://example.com/hours'},
          ],
          children: [span('See our fees, or '), span('Click here!', ['vague']), span('', ['empty']), span(' for our opening hours', ['good'])],
        },
      ],
    }
    expect(await findingsOf(withDocuments(article), article._id)).toEqual([
      {path: 'body[_key=="h"]', level: 'warning', check: 'heading-order', message: 'This heading skips a level: it is an h3 right after the title. Make it an h2, so readers who listen to the page can follow its outline.'},
      {path: 'body[_key=="p"].markDefs[_key=="empty"]', level: 'warning', check: 'link-text', message: 'This link has no text: readers cannot see or select it. Write a few words that say where it goes, or remove the link.'},
      {path: 'body[_key=="p"].markDefs[_key=="vague"]', level: 'warning', check: 'link-text', message: 'The link text "Click here!" does not say where the link goes. Use words that name the page, e.g. "our fees" instead of "click here".'},
    ])
  })

  it('notes a scheduled article, and reports the schema’s rules: alt text in the text, excerpt', async () => {
    const article = {
      ...published('article'),
      _id: 'drafts.article-later',
      slug: {_type: 'slug', current: 'later'},
      publishedAt: '2027-01-15T09:00:00Z',
      updatedAt: undefined,
      excerpt: undefined,
      body: [{_type: 'imageWithCredit', _key: 'pic', asset: published('article').heroImage && (published('article').heroImage as {asset: unknown}).asset}],
    }
    const findings = await findingsOf(withDocuments(article), article._id)
    expect(findings.map(({path, level, check}) => ({path, level, check}))).toEqual([
      {path: 'body[_key=="pic"].alt', level: 'error', check: 'schema'},
      {path: 'excerpt', level: 'error', check: 'schema'},
      {path: 'publishedAt', level: 'info', check: 'scheduled'},
    ])
    expect(findings.at(-1)?.message).toBe('Scheduled: once published, it appears on the site, in feeds and in the sitemap on January 15, 2027 (UTC).')
  })

  it('runs the dataset checks alone without a schema, and refuses what is not a list of documents', async () => {
    const article = {...published('article'), author: {_type: 'reference', _ref: 'author-nobody'}}
    const result = await validateDataset(withDocuments(article), {now})
    expect(result.findings.map(({documentId, check}) => ({documentId, check}))).toEqual([{documentId: article._id, check: 'reference'}])
    await expect(validateDataset('content' as never)).rejects.toThrow('validateDataset: documents must be an array of documents, each with a string _id and _type')
    await expect(validateDataset([{_type: 'article'}] as never)).rejects.toThrow(/must be an array of documents/)
  })
})
