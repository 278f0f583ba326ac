/**
 * A copy of a JSON value with every object's keys in code-point order, as
 * `sanity dataset export` writes them; array order is kept.
 *
 * @example
 * sortKeys({b: 1, a: {d: 2, c: 3}}) // {a: {c: 3, d: 2}, b: 1}
 */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item)) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>)
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => [key, sortKeys(item)])
  return Object.fromEntries(entries) as T
}

/** Compact JSON with sorted keys: one line of an export's `data.ndjson`, or its `assets.json`. */
export function toSortedJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}
