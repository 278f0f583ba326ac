import {resolve} from 'node:path'

import type {CommandIo, CommandOption} from './command.ts'

/** The `[dataset]` argument every command that reads a dataset takes. */
export const DATASET_ARGUMENT = {name: '[dataset]', description: 'an export folder, a data.ndjson or an export .tar.gz (default: content/)'} as const

/** `--json`: the command's result as JSON on stdout, for tools. */
export const JSON_OPTION: CommandOption = {flags: '--json', description: 'print the result as JSON, for tools'}

/** `--base-url`: the site's public address, for every absolute URL. */
export const BASE_URL_OPTION: CommandOption = {flags: '--base-url <url>', description: 'the site’s public address for canonical links, feeds and sitemaps (default: the website address in the practice settings)'}

/** The dataset a command works on: its `[dataset]` argument against the working directory, `content/` when none is given. */
export function datasetPath(argument: string | undefined, io: Pick<CommandIo, 'cwd'>): string {
  return resolve(io.cwd, argument ?? 'content')
}
