/** Checks a `limit` option: a whole number from 1 to `max`, or the default when absent. */
export function limitParam(value: number | undefined, fallback: number, max: number): number {
  const limit = value ?? fallback
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new RangeError(`limit must be a whole number from 1 to ${max}; got ${JSON.stringify(value)}.`)
  }
  return limit
}
