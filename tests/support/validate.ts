import {validateDocument} from '@sanity/validation'
import type {SanityDocument} from '@sanity/types'
import {createDatasetValidationClient, createDocumentExists, pathToString, schemaFindings} from '@practice-press/sdk/validate'

import {compiledSchema} from './schema.ts'

/** A document as the dataset holds it. */
export interface StoredDocument {
  _id: string
  _type: string
  [key: string]: unknown
}

/** A validation marker reduced to what an editor sees: where, how serious, what it says. */
export interface EditorMarker {
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
}

function sorted(markers: EditorMarker[]): EditorMarker[] {
  return markers.toSorted((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message))
}

/**
 * Validates a document with the public `validateDocument` (the headless, "cli" mode):
 * every rule, references and slug uniqueness answered from `dataset`, plus Sanity's
 * check for fields the schema does not know.
 */
export async function validateHeadless(document: StoredDocument, dataset: readonly StoredDocument[]): Promise<EditorMarker[]> {
  const result = await validateDocument({
    document: document as unknown as SanityDocument,
    schema: compiledSchema,
    client: createDatasetValidationClient(dataset),
    getDocumentExists: createDocumentExists(dataset),
  })
  return sorted(result.markers.map((marker) => ({path: pathToString(marker.path), level: marker.level, message: marker.message})))
}

/**
 * Validates a document the way the Studio does while the editor types, with the SDK's
 * `schemaFindings` (environment "studio"): the messages the editor sees.
 */
export async function validateAsStudio(document: StoredDocument, dataset: readonly StoredDocument[]): Promise<EditorMarker[]> {
  const findings = await schemaFindings(document, {
    schema: compiledSchema,
    client: createDatasetValidationClient(dataset),
    getDocumentExists: createDocumentExists(dataset),
  })
  return sorted(findings.map(({path, level, message}) => ({path, level, message})))
}
