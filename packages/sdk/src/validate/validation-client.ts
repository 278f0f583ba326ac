import type {ValidationClient} from '@sanity/validation'
import {evaluate, parse} from 'groq-js'

import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'

/**
 * A stand-in for the Sanity client that `validateDocument` uses for slug uniqueness and
 * custom rules: it answers GROQ from an in-memory dataset with groq-js, Sanity's own GROQ
 * engine, over every document including drafts (as the Studio's validation sees them).
 */
export function createDatasetValidationClient(documents: readonly DatasetDocument[]): ValidationClient {
  const fetch = async (query: string, params: Record<string, unknown> = {}) => {
    const tree = parse(query, {params})
    const result = await evaluate(tree, {dataset: documents, params})
    return result.get()
  }
  const client = {
    fetch,
    getDataUrl: (operation: string, path?: string) => `/data/${operation}/local${path ? `/${path}` : ''}`,
    observable: {
      fetch: () => {
        throw new Error('The dataset validation client answers fetch() only.')
      },
      request: () => {
        throw new Error('The dataset validation client answers fetch() only.')
      },
    },
    withConfig: () => client,
  }
  return client as unknown as ValidationClient
}

/** Answers "does this document exist and is it published?" from the dataset. */
export function createDocumentExists(documents: readonly DatasetDocument[]) {
  const published = new Set(documents.map((document) => document._id).filter((id) => !id.startsWith('drafts.')))
  return async ({id}: {id: string}) => published.has(id)
}
