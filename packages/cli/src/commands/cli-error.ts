import {isContentQueryError} from '@practice-press/sdk'

import {DatasetOpenError, ListenError} from '../node/server-errors.ts'
import {EXIT_CODES, type ExitCode} from './exit-codes.ts'

/** An error meant for the person at the terminal: its message is printed as it is, and the process exits with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError'
  readonly exitCode: ExitCode

  constructor(message: string, exitCode: ExitCode = EXIT_CODES.failure, options?: {cause?: unknown}) {
    super(message, options)
    this.exitCode = exitCode
  }
}

/** Whether a value is a {@link CliError}. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError
}

/**
 * The one mapping from errors to exit codes: a {@link CliError} carries its own; the
 * server library's typed errors (`DatasetOpenError` 3, `ListenError` 4) and the SDK's
 * `ContentQueryError` (5) have theirs; anything else is a bug (1).
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (isCliError(error)) return error.exitCode
  if (error instanceof DatasetOpenError) return EXIT_CODES.dataset
  if (error instanceof ListenError) return EXIT_CODES.listen
  if (isContentQueryError(error)) return EXIT_CODES.query
  return EXIT_CODES.failure
}

/**
 * The one way errors are printed: `practice-press: <message>`, never a stack trace unless
 * `debug`. Returns the exit code to use.
 */
export function printError(error: unknown, options: {debug: boolean; write: (text: string) => void}): ExitCode {
  const message = error instanceof Error ? error.message : String(error)
  options.write(`practice-press: ${message}\n`)
  if (options.debug && error instanceof Error && error.stack) options.write(`${error.stack}\n`)
  const code = exitCodeOf(error)
  if (code === EXIT_CODES.failure && !options.debug) options.write('Run again with --debug to see where it happened.\n')
  return code
}
