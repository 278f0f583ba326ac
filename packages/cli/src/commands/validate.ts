import type {DatasetValidation, ValidationFinding} from '@practice-press/sdk/validate'

import type {CommandDefinition} from './command.ts'
import {EXIT_CODES} from './exit-codes.ts'
import {DATASET_ARGUMENT, datasetPath, JSON_OPTION} from './shared-options.ts'

/** `practice-press validate [dataset]`: every document against the schema's rules and the dataset checks; exit 1 when there are errors. */
export const validateCommand: CommandDefinition = {
  name: 'validate',
  summary: 'check every document as the Studio does, and what it does not: broken references, shared addresses, heading order, link text',
  arguments: [DATASET_ARGUMENT],
  options: [JSON_OPTION],
  helpText: `
Each line names the document, the field and what to do. Errors stop an article from
being published in the Studio; warnings and notes do not. Exit 1 when there are errors,
0 when there are only warnings and notes.

Example:
  practice-press validate content`,
  async run([datasetArgument], options, io) {
    const {loadDataset} = await import('../node/load-dataset.ts')
    const {loadPracticeSchema} = await import('../node/practice-schema.ts')
    const {validateDataset} = await import('@practice-press/sdk/validate')
    const {documents} = await loadDataset(datasetPath(datasetArgument, io))
    const practice = await loadPracticeSchema()
    if ('missing' in practice) {
      io.stderr(`practice-press: the schema's own rules were not run: ${practice.missing} is not installed beside practice-press (install sanity@6.16.0 and @practice-press/schemas). Only the dataset checks ran.\n`)
    }
    const result = await validateDataset(documents, 'schema' in practice ? {schema: practice.schema} : {})
    if (options.json === true) io.stdout(`${JSON.stringify({...result, schemaRules: 'schema' in practice}, null, io.stdoutIsTTY ? 2 : undefined)}\n`)
    else io.stdout(formatValidation(result))
    return result.counts.error > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok
  },
}

/**
 * The findings as the person at the terminal reads them: one line each, with the level,
 * the document id, the field and the message, in columns; then a summary line.
 */
export function formatValidation({findings, counts, documents}: DatasetValidation): string {
  const width = (pick: (finding: ValidationFinding) => string) => Math.min(48, Math.max(0, ...findings.map((finding) => pick(finding).length)))
  const idWidth = width((finding) => finding.documentId)
  const pathWidth = width((finding) => finding.path || '(document)')
  const lines = findings.map((finding) =>
    `${finding.level.padEnd(7)}  ${finding.documentId.padEnd(idWidth)}  ${(finding.path || '(document)').padEnd(pathWidth)}  ${finding.message}`,
  )
  const summary = findings.length === 0
    ? `${plural(documents, 'document')} checked: nothing to fix.`
    : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')} in ${plural(documents, 'document')}.`
  return `${[...lines, ...(lines.length > 0 ? [''] : []), summary].join('\n')}\n`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
