import {PluginError} from '../plugins/run-plugins.ts'
import {isOptionError} from '../vocabulary/option-error.ts'
import {createReporter, type Reporter} from './report.ts'
import type {ImportedBlock, ImportResult, KeyGenerator} from './types.ts'

/**
 * Runs an import so that no input can make it throw: bad options and a plugin's failure
 * still throw (that is the caller's doing), but if reading the input fails in any other way (a nesting deep
 * enough to exhaust the stack, a bug), the whole input comes back as plain paragraphs
 * (of `fallbackText(input)`: for HTML, its text without markup) and the report says why.
 * Nothing is lost either way.
 */
export function runImport(
  input: string,
  generateKey: KeyGenerator,
  convert: (reporter: Reporter) => ImportedBlock[],
  fallbackText: (input: string) => string = (text) => text,
): ImportResult {
  const reporter = createReporter()
  try {
    const blocks = convert(reporter)
    return {blocks, report: reporter.entries()}
  } catch (error) {
    if (isOptionError(error) || error instanceof PluginError) throw error
    const fallback = createReporter()
    fallback.add(
      'parse-failed',
      `The input could not be read as a whole (${(error as Error)?.message ?? String(error)}): it was kept as plain paragraphs.`,
    )
    return {blocks: plainParagraphs(fallbackText(input), generateKey), report: fallback.entries()}
  }
}

/** Paragraphs of plain text, one per run of non-blank lines, lines joined by spaces. */
export function plainParagraphs(input: string, generateKey: KeyGenerator): ImportedBlock[] {
  return input
    .split(/\r\n?|\n/)
    .reduce<string[][]>(
      (runs, line) => {
        if (line.trim() === '') runs.push([])
        else runs.at(-1)?.push(line.trim())
        return runs
      },
      [[]],
    )
    .filter((run) => run.length > 0)
    .map((run) => ({
      _type: 'block',
      _key: generateKey(),
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: generateKey(), text: run.join(' '), marks: []}],
    }))
}
