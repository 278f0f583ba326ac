import type {CommandDefinition} from './command.ts'
import {exportCommand} from './export.ts'
import {importCommand} from './import.ts'
import {queryCommand} from './query.ts'
import {serveCommand} from './serve.ts'
import {validateCommand} from './validate.ts'

/**
 * Every command of `practice-press`. A new command (`build`, `import`, `validate`,
 * `export`, `query`, `studio`) is one file in this folder exporting a
 * {@link CommandDefinition}, added here.
 */
export const COMMANDS: readonly CommandDefinition[] = [serveCommand, queryCommand, importCommand, validateCommand, exportCommand]
