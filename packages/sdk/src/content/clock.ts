import {OptionError} from '../vocabulary/option-error.ts'

/** Options every listing function takes: the moment that counts as "now". */
export interface AtTime {
  /**
   * Articles whose `publishedAt` is after this are not listed, fed or served yet.
   * Default: the current time, to the minute (so a scheduled article appears within a
   * minute of its time, and caches can reuse answers within that minute).
   */
  now?: Date | string | undefined
}

/**
 * `now` as the ISO string queries take as `$now`.
 *
 * @param fn The public function called and `option` the param's path, for the error.
 * @throws {OptionError} when it is not a valid date.
 */
export function nowParam(now: Date | string | undefined, fn: string, option = 'params.now'): string {
  if (now === undefined) return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const date = typeof now === 'string' ? new Date(now) : now
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new OptionError({fn, option, must: 'be a Date or a date-time string such as "2025-03-01T09:00:00Z"', value: now, got: now instanceof Date ? 'an invalid Date' : undefined})
  }
  return date.toISOString()
}
