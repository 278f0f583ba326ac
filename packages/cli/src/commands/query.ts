import {isContentQueryError, type Perspective} from '@practice-press/sdk'

import {CliError} from './cli-error.ts'
import type {CommandDefinition} from './command.ts'
import {EXIT_CODES} from './exit-codes.ts'
import {DATASET_ARGUMENT, datasetPath} from './shared-options.ts'

const PERSPECTIVES: readonly Perspective[] = ['published', 'drafts', 'raw']

/** `practice-press query '<groq>' [dataset]`: a GROQ query over a dataset, its result as JSON on stdout. */
export const queryCommand: CommandDefinition = {
  name: 'query',
  summary: 'run a GROQ query over a dataset and print the result as JSON',
  arguments: [
    {name: '<groq>', description: 'the query, e.g. \'*[_type == "article"]{title, "slug": slug.current}\''},
    DATASET_ARGUMENT,
  ],
  options: [
    {flags: '--param <name=value...>', description: 'a query parameter ($name); the value is read as JSON when it is JSON (42, true, "text", ["a"]), else as text (repeat for more)'},
    {flags: '--perspective <name>', description: 'published (drafts left out), drafts (drafts over published) or raw (both)', default: 'published'},
    {flags: '--pretty', description: 'indent the JSON (the default when stdout is a terminal)'},
  ],
  helpText: `
Example:
  practice-press query '*[_type == "article" && slug.current == $slug][0]{title, publishedAt}' --param slug=when-to-try-couples-therapy`,
  async run([query, datasetArgument], options, io) {
    if (!query?.trim()) throw new CliError('give the GROQ query as the first argument, in quotes.', EXIT_CODES.usage)
    const perspective = String(options.perspective) as Perspective
    if (!PERSPECTIVES.includes(perspective)) throw new CliError(`--perspective must be one of ${PERSPECTIVES.join(', ')}; got "${String(options.perspective)}".`, EXIT_CODES.usage)
    const params = parseParams(Array.isArray(options.param) ? options.param.map(String) : [])
    // Loaded here: `--help` and bad usage answer without reading a dataset.
    const {loadDataset} = await import('../node/load-dataset.ts')
    const {source} = await loadDataset(datasetPath(datasetArgument, io))
    let result: unknown
    try {
      result = await source.fetch(query, params, {perspective})
    } catch (error) {
      throw queryError(query, error)
    }
    const pretty = options.pretty === true || io.stdoutIsTTY === true
    io.stdout(`${JSON.stringify(result ?? null, null, pretty ? 2 : undefined)}\n`)
    return EXIT_CODES.ok
  },
}

/** `name=value` pairs as query parameters: the value as JSON when it parses, else the text. */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  // No prototype: a parameter named __proto__ is a parameter like any other.
  const params = Object.create(null) as Record<string, unknown>
  for (const pair of pairs) {
    const equals = pair.indexOf('=')
    const name = equals === -1 ? pair : pair.slice(0, equals)
    if (equals === -1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new CliError(`--param must be name=value with a name of letters, digits and _ (not starting with a digit); got "${pair}".`, EXIT_CODES.usage)
    }
    const text = pair.slice(equals + 1)
    try {
      params[name] = JSON.parse(text)
    } catch {
      params[name] = text
    }
  }
  return params
}

/** A failed query as the person at the terminal reads it: the message, and the line of the query with a caret under the place. */
function queryError(query: string, error: unknown): CliError {
  if (!isContentQueryError(error)) return new CliError(`the query failed: ${error instanceof Error ? error.message : String(error)}`, EXIT_CODES.query, {cause: error})
  const what = error.kind === 'syntax' ? 'the query does not parse' : error.kind === 'parameter' ? 'the query needs a parameter' : 'the query cannot be evaluated'
  const hint = error.kind === 'parameter' && error.parameter ? ` Give it with --param ${error.parameter}=<value>.` : ''
  const lines = [`${what}: ${error.message.replace(/\.?$/, '.')}${hint}`]
  if (error.position) {
    const line = query.split('\n')[error.position.line - 1] ?? ''
    // Under the place: the line's own tabs kept, every other character a space.
    const before = line.slice(0, Math.max(0, error.position.column - 1)).replaceAll(/[^\t]/gu, ' ')
    lines.push(`  ${line}`, `  ${before}^`)
  }
  return new CliError(lines.join('\n'), EXIT_CODES.query, {cause: error})
}
