/** The exit codes of `practice-press`, the same for every command. */
export const EXIT_CODES = {
  /** Done (for `serve`: stopped by SIGINT or SIGTERM). */
  ok: 0,
  /** An unexpected error (a bug): the message, and the stack with `--debug`. */
  failure: 1,
  /** Bad usage: an unknown command or option, a bad option value. */
  usage: 2,
  /** The dataset cannot be read: no such path, or a corrupt export. */
  dataset: 3,
  /** The server cannot listen: the port is in use, or not allowed. */
  listen: 4,
} as const

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]
