import {createRequire} from 'node:module'

import {Command, CommanderError} from 'commander'

import {CliError, printError} from './cli-error.ts'
import type {CommandDefinition, CommandIo} from './command.ts'
import {EXIT_CODES, exitCodeHelp, type ExitCode} from './exit-codes.ts'
import {COMMANDS} from './registry.ts'

/** The version `--version` prints: the package's own. */
const VERSION = (createRequire(import.meta.url)('../../package.json') as {version: string}).version

const EXIT_HELP = exitCodeHelp()

/**
 * Runs `practice-press` with the arguments after the program name and resolves to the
 * exit code. Every command comes from the registry; every error is printed one way
 * (`practice-press: <message>`, a stack only with `--debug`).
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), io)
 * ```
 */
export async function runCli(argv: readonly string[], io: CommandIo, commands: readonly CommandDefinition[] = COMMANDS): Promise<ExitCode> {
  const debug = argv.includes('--debug')
  let exitCode: ExitCode = EXIT_CODES.ok
  const program = new Command('practice-press')
    .description('Practice Press: serve a therapy practice’s site, feeds, images and Sanity’s query API from a dataset.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}})
  for (const definition of commands) {
    const command = program.command(definition.name).description(definition.summary).helpOption('-h, --help', 'show help').exitOverride()
    for (const argument of definition.arguments ?? []) command.argument(argument.name, argument.description)
    for (const option of definition.options) command.option(option.flags, option.description, option.default)
    command.option('--debug', 'print stack traces with errors')
    if (definition.helpText) command.addHelpText('after', definition.helpText)
    command.addHelpText('after', EXIT_HELP)
    const known = [...definition.options.map((option) => longFlag(option.flags)), '--debug', '--help']
    // Commander's own message names the flag only; ours lists what the command knows.
    Object.assign(command, {
      unknownOption(flag: string) {
        throw new CliError(`unknown option ${flag} for "${definition.name}". Known options: ${known.join(', ')}.`, EXIT_CODES.usage)
      },
    })
    command.action(async (...values: unknown[]) => {
      const positional = values.slice(0, definition.arguments?.length ?? 0) as (string | undefined)[]
      const options = command.opts<Record<string, string | boolean | undefined>>()
      exitCode = await definition.run(positional, options, io)
    })
  }
  if (argv.length === 0) {
    io.stderr(program.helpInformation())
    return EXIT_CODES.usage
  }
  try {
    await program.parseAsync(normaliseArgv(argv, commands), {from: 'user'})
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_CODES.ok
      const names = commands.map((command) => command.name).join(', ')
      const hint = error.code === 'commander.unknownCommand' ? ` Commands: ${names}.` : ''
      const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.?$/, '.')
      return printError(new CliError(`${message}${hint}`, EXIT_CODES.usage), {debug, write: io.stderr})
    }
    return printError(error, {debug, write: io.stderr})
  }
}

/**
 * The arguments as commander should read them:
 * - `practice-press sever --help` is an unknown command (exit 2), not the general help:
 *   help flags after a name that is no command are dropped, so commander reports it;
 * - `pnpm start -- --help` passes the `--` on to the script (pnpm 12 forwards it, npm
 *   strips it), so a `--` right after the command name is dropped rather than read as
 *   "everything after is a dataset path".
 */
function normaliseArgv(argv: readonly string[], commands: readonly CommandDefinition[]): string[] {
  const [first, ...rest] = argv
  if (first === undefined || first.startsWith('-') || first === 'help') return [...argv]
  if (!commands.some((command) => command.name === first)) return [first, ...rest.filter((arg) => arg !== '--help' && arg !== '-h')]
  return rest[0] === '--' ? [first, ...rest.slice(1)] : [...argv]
}

function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags
}
