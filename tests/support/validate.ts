import {validateDocument, type DocumentValidationMarker} from '@sanity/validation'
import {evaluateDocumentInternal} from '@sanity/validation/_internal'
import type {SanityDocument} from '@sanity/types'

import {createDatasetValidationClient, createDocumentExists, type StoredDocument} from './dataset-validation-client.ts'
import {compiledSchema} from './schema.ts'

/** A validation marker reduced to what an editor sees: where, how serious, what it says. */
export interface EditorMarker {
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
}

/** `body[_key=="abc"].alt` style paths, as Sanity prints them. */
export function pathToString(path: DocumentValidationMarker['path']): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'object' && segment !== null && '_key' in segment) return `[_key=="${segment._key}"]`
      if (typeof segment === 'number') return `[${segment}]`
      return index === 0 ? String(segment) : `.${String(segment)}`
    })
    .join('')
}

function toEditorMarkers(markers: readonly DocumentValidationMarker[]): EditorMarker[] {
  return markers
    .map((marker) => ({path: pathToString(marker.path), level: marker.level, message: marker.message}))
    .toSorted((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message))
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
  return toEditorMarkers(result.markers)
}

/**
 * Validates a document the way the Studio does while the editor types (environment
 * "studio"). `validateDocument` always runs as "cli", where Sanity adds its unknown-field
 * check to each object's rule and so turns a required object field (a missing hero
 * image, a missing slug) into a warning reading "Required"; the Studio shows our message
 * as an error. These are the messages the editor sees.
 */
export async function validateAsStudio(document: StoredDocument, dataset: readonly StoredDocument[]): Promise<EditorMarker[]> {
  const client = createDatasetValidationClient(dataset)
  const result = await evaluateDocumentInternal({
    document: document as unknown as SanityDocument,
    schema: compiledSchema as never,
    environment: 'studio',
    getClient: () => client as never,
    getDocumentExists: createDocumentExists(dataset),
  })
  return toEditorMarkers(result.markers)
}
