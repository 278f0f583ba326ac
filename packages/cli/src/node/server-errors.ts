/**
 * What the Node server library throws for what the person running it can fix. It knows
 * nothing of exit codes: the command line maps these to them (`exitCodeOf`).
 */

/** The dataset cannot be read: no such path, not an export, or bad lines (the message names file and line). */
export class DatasetOpenError extends Error {
  override name = 'DatasetOpenError'
  /** The path that was opened. */
  readonly path: string

  constructor(message: string, path: string, options?: {cause?: unknown}) {
    super(message, options)
    this.path = path
  }
}

/** The server cannot listen: the port is in use, not allowed, or the address is not this machine's. */
export class ListenError extends Error {
  override name = 'ListenError'
  /** `EADDRINUSE`, `EACCES`, `EADDRNOTAVAIL`... as Node gave it. */
  readonly code: string | undefined

  constructor(message: string, code: string | undefined, options?: {cause?: unknown}) {
    super(message, options)
    this.code = code
  }
}
