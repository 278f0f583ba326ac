import {OptionError} from '../vocabulary/option-error.ts'

/**
 * Checks a `limit` param: a whole number from 1 to `max`, or the default when absent.
 *
 * @param fn The public function called and `option` the limit's path, for the error.
 * @throws {OptionError} when it is not one.
 */
export function limitParam(value: number | undefined, fallback: number, max: number, fn: string, option = 'params.limit'): number {
  const limit = value ?? fallback
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new OptionError({fn, option, must: `be a whole number from 1 to ${max}`, value})
  }
  return limit
}
