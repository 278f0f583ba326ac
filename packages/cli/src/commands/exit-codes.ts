/** The exit codes of `practice-press`, the same for every command. */
export const EXIT_CODES = {
  /** Done (for `serve`: stopped by SIGINT or SIGTERM). */
  ok: 0,
  /** An unexpected error (a bug): the message, and the stack with `--debug`. */
  failure: 1,
  /** `validate`: the content has errors; `import`: a file cannot be read, so nothing was imported (each is printed with its document or file). */
  invalid: 1,
  /** Bad usage: an unknown command or option, a bad option value. */
  usage: 2,
  /** The dataset cannot be read: no such path, or a corrupt export. */
  dataset: 3,
  /** The server cannot listen: the port is in use, or not allowed. */
  listen: 4,
  /** The query cannot be answered: GROQ that does not parse, a parameter not given, an evaluation error. */
  query: 5,
} as const

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]

/** Each exit code in words, as `--help` and the README list them: the one table both are made from. */
export const EXIT_CODE_MEANINGS: ReadonlyArray<readonly [ExitCode, string]> = [
  [EXIT_CODES.ok, 'done (serve: stopped by SIGINT or SIGTERM)'],
  [EXIT_CODES.failure, 'validate: the content has errors (listed); import: a file cannot be read, nothing imported; any command: an unexpected error (run again with --debug for the stack)'],
  [EXIT_CODES.usage, 'bad usage: unknown command or option, bad option value'],
  [EXIT_CODES.dataset, 'the dataset cannot be read (missing path, corrupt export)'],
  [EXIT_CODES.listen, 'the server cannot listen (port in use or not allowed)'],
  [EXIT_CODES.query, 'the query cannot be answered (GROQ syntax, a missing parameter, an evaluation error)'],
]

/** The "Exit codes:" block of `--help`, from {@link EXIT_CODE_MEANINGS}. */
export function exitCodeHelp(): string {
  return `\nExit codes:\n${EXIT_CODE_MEANINGS.map(([code, meaning]) => `  ${code}  ${meaning}`).join('\n')}`
}
