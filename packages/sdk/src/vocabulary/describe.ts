/**
 * A value as an error or warning message shows it: strings quoted (cut at 40 characters),
 * objects, arrays and functions by their kind, anything else as written.
 *
 * @example
 * ```ts
 * describe('https') // '"https"'
 * describe([1, 2]) // 'an array'
 * describe(undefined) // 'undefined'
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  return String(value)
}
