import type {ExitCode} from './exit-codes.ts'

/** Where a command writes, and what it is told about its environment (tests give their own). */
export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  stopSignal: Promise<string>
  cwd: string
  /** Whether stdout is a terminal (a command may print for people then, and for tools otherwise). Default `false`. */
  stdoutIsTTY?: boolean
  /** The terminal a progress bar draws on (stdout, when it is a terminal); none in tests and pipes. */
  progressStream?: NodeJS.WriteStream | undefined
}

/** One option of a command, as `--help` shows it. */
export interface CommandOption {
  /** Commander's flags, e.g. `--port <number>`. */
  flags: string
  description: string
  default?: string
}

/** A command of `practice-press`: one file per command, listed once in `registry.ts`. */
export interface CommandDefinition {
  name: string
  summary: string
  /** Positional arguments, e.g. `[dataset]`. */
  arguments?: {name: string; description: string}[]
  options: CommandOption[]
  /** Extra text after the options in `--help` (environment variables, examples). */
  helpText?: string
  /** Runs the command; resolves to the exit code. Throws a `CliError` for what the user can fix. */
  run(args: (string | undefined)[], options: Record<string, string | boolean | undefined>, io: CommandIo): Promise<ExitCode>
}
