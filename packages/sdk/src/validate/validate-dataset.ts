import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import {referenceFindings, scheduledFindings, slugFindings, textFindings} from './content-checks.ts'
import {schemaFindings, type CompiledSchema} from './schema-rules.ts'
import {createDatasetValidationClient, createDocumentExists} from './validation-client.ts'
import type {ValidationFinding, ValidationLevel} from './validation-finding.ts'

/** Options for {@link validateDataset}. */
export interface ValidateDatasetOptions {
  /**
   * The compiled schema whose rules run on every document, as the Studio runs them:
   * `createSchema({name: 'default', types: schemaTypes})` with `createSchema` from
   * `sanity` and `schemaTypes` from `@practice-press/schemas`. Without it only the
   * dataset checks run.
   */
  schema?: CompiledSchema | undefined
  /** The time `scheduled` compares publication dates with. Default: now. */
  now?: Date | undefined
}

/** What {@link validateDataset} found, and how much of it is serious. */
export interface DatasetValidation {
  /** Every finding, by document id, then path, then message. */
  findings: ValidationFinding[]
  /** How many documents were checked (asset documents, `sanity.*`, are not). */
  documents: number
  /** How many findings of each level. */
  counts: Record<ValidationLevel, number>
}

/**
 * Sanity's own messages (from `@sanity/validation`'s English strings) that a dataset check
 * says better at the same place: which document is missing, which one has the same address.
 */
const SUPERSEDED: ReadonlySet<string> = new Set(['Referenced document must be published', 'Slug is already in use'])

/**
 * Checks every document of a dataset (drafts included; asset documents left out) with
 * the schema's rules as the Studio runs them (`schemaFindings`), plus what the Studio
 * does not check across documents or for readers: references to documents that do not
 * exist or are only drafts (`reference`), addresses two documents share (`slug`),
 * headings that skip a level and links whose text says nothing (`heading-order`,
 * `link-text`, both warnings), and articles scheduled for later (`scheduled`, info).
 * Missing alt text (pictures in the text too), a missing excerpt and a missing license
 * number are the schema's own rules. GROQ asked by rules (slug uniqueness) is answered from
 * the dataset with groq-js.
 *
 * @throws {OptionError} when `documents` is not an array of documents with `_id` and `_type`.
 *
 * @example
 * ```ts
 * import {readExport} from '@practice-press/sdk/node'
 * import {validateDataset} from '@practice-press/sdk/validate'
 *
 * const {findings, counts} = await validateDataset(await readExport('content'))
 * counts.error // 0
 * ```
 */
export async function validateDataset(documents: readonly DatasetDocument[], options: ValidateDatasetOptions = {}): Promise<DatasetValidation> {
  if (!Array.isArray(documents) || !documents.every((document) => typeof document?._id === 'string' && typeof document._type === 'string')) {
    throw new OptionError({fn: 'validateDataset', option: 'documents', must: 'be an array of documents, each with a string _id and _type', value: documents})
  }
  const now = options.now ?? new Date()
  const byId = new Map(documents.map((document) => [document._id, document]))
  const checked = documents.filter((document) => !document._type.startsWith('sanity.') && !document._id.startsWith('_.'))
  const found: ValidationFinding[] = [...referenceFindings(checked, byId), ...slugFindings(checked)]
  for (const document of checked) found.push(...textFindings(document), ...scheduledFindings(document, now))
  const {schema} = options
  if (schema) {
    const context = {schema, client: createDatasetValidationClient(documents), getDocumentExists: createDocumentExists(documents)}
    const places = new Set(found.map((finding) => `${finding.documentId}\u0000${finding.path}`))
    // A few at a time: each document's rules are many small promises.
    for (let start = 0; start < checked.length; start += 16) {
      const batch = await Promise.all(checked.slice(start, start + 16).map((document) => schemaFindings(document, context)))
      for (const finding of batch.flat()) {
        if (SUPERSEDED.has(finding.message) && places.has(`${finding.documentId}\u0000${finding.path}`)) continue
        found.push(finding)
      }
    }
  }
  const findings = found.toSorted((a, b) => compare(a.documentId, b.documentId) || compare(a.path, b.path) || compare(a.message, b.message))
  const counts: Record<ValidationLevel, number> = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.level]++
  return {findings, documents: checked.length, counts}
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
