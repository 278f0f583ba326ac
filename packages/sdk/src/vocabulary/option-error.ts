import {describe} from './describe.ts'

/** What is wrong with an argument or option, for {@link OptionError}. */
export interface OptionProblem {
  /** The public function that was called, e.g. `toHtml`, `listArticles`, `source.fetch`. */
  fn: string
  /** Where the bad value is among its arguments, e.g. `options.baseUrl`, `params.slug`, `documents[3]`. */
  option: string
  /** What it must be or do, after "must": `be a string such as "https://www.example.com"`. */
  must: string
  /** The value given: the message shows it with `describe`. */
  value?: unknown
  /** What was given, in words, when the value alone does not say it (`an invalid Date`). Wins over `value`. */
  got?: string | undefined
  /** The error behind this one (a `generateKey` that threw). */
  cause?: unknown
}

/**
 * A bad argument or option given to a public SDK function, thrown at the call (a rejected
 * promise for an async function), never turned into a warning or a report. Every one reads
 * `<fn>: <option> must <what it must be>; got <what was given>.`, for example
 * `toHtml: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got 42.`
 * A `TypeError`, so code that catches those keeps working; {@link isOptionError} tells it
 * apart from any other.
 */
export class OptionError extends TypeError {
  override readonly name = 'OptionError'
  /** Always `ERR_PRACTICE_PRESS_OPTION`, as Node names its own errors' codes. */
  readonly code = 'ERR_PRACTICE_PRESS_OPTION'
  /** The public function that was called, e.g. `toHtml`. */
  readonly fn: string
  /** The argument's path, e.g. `options.baseUrl`, `params.slug`, `documents[3]`. */
  readonly option: string

  constructor(problem: OptionProblem) {
    super(`${problem.fn}: ${problem.option} must ${problem.must}; got ${problem.got ?? describe(problem.value)}.`, problem.cause === undefined ? undefined : {cause: problem.cause})
    this.fn = problem.fn
    this.option = problem.option
  }
}

/** True when `error` is an {@link OptionError}, across package copies. */
export function isOptionError(error: unknown): error is OptionError {
  return error instanceof Error && error.name === 'OptionError' && (error as OptionError).code === 'ERR_PRACTICE_PRESS_OPTION'
}
