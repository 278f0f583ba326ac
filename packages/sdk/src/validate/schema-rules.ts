import type {DocumentValidationMarker, ValidationClient, validateDocument} from '@sanity/validation'
import {evaluateDocumentInternal} from '@sanity/validation/_internal'

import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import type {ValidationFinding} from './validation-finding.ts'

/** A compiled Sanity schema, as `createSchema` from `sanity` (or the Studio) builds it. */
export type CompiledSchema = Parameters<typeof validateDocument>[0]['schema']

/** What the schema's rules need to answer questions about other documents. */
export interface SchemaRuleContext {
  schema: CompiledSchema
  /** Answers the GROQ of rules such as slug uniqueness (see `createDatasetValidationClient`). */
  client: ValidationClient
  /** Whether a document exists published (for references). */
  getDocumentExists: (options: {id: string}) => Promise<boolean>
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

/**
 * The schema's rules on one document, run as the Studio runs them while the editor types
 * (environment `studio`). The public `validateDocument` always runs as `cli`, where Sanity
 * adds its unknown-field check to each object's rule and so turns a required object field
 * (a missing hero image, a missing slug) into a warning reading "Required"; the Studio
 * shows the schema's own message as an error. So this calls `evaluateDocumentInternal`,
 * the function the Studio's validation calls, from `@sanity/validation/_internal` (an
 * internal entry: the SDK pins `@sanity/validation` to the Studio's exact version).
 */
export async function schemaFindings(document: DatasetDocument, context: SchemaRuleContext): Promise<ValidationFinding[]> {
  const result = await evaluateDocumentInternal({
    document: document as never,
    schema: context.schema as never,
    environment: 'studio',
    getClient: () => context.client as never,
    getDocumentExists: context.getDocumentExists,
  })
  return result.markers.map((marker) => ({
    documentId: document._id,
    documentType: document._type,
    path: pathToString(marker.path),
    level: marker.level,
    message: marker.message,
    check: 'schema' as const,
  }))
}
