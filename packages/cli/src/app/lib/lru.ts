/** A map that keeps at most `maxEntries` (and `maxWeight`, when entries are weighed), dropping the least recently used. */
export interface Lru<Value> {
  get(key: string): Value | undefined
  set(key: string, value: Value, weight?: number): void
  clear(): void
  readonly size: number
}

/** Creates an {@link Lru}. `maxWeight` bounds the sum of the weights given to `set` (e.g. bytes). */
export function createLru<Value>(maxEntries: number, maxWeight = Number.POSITIVE_INFINITY): Lru<Value> {
  const entries = new Map<string, {value: Value; weight: number}>()
  let weight = 0
  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return entry.value
    },
    set(key, value, entryWeight = 1) {
      const previous = entries.get(key)
      if (previous) {
        weight -= previous.weight
        entries.delete(key)
      }
      if (entryWeight > maxWeight) return
      entries.set(key, {value, weight: entryWeight})
      weight += entryWeight
      for (const [oldest, entry] of entries) {
        if (entries.size <= maxEntries && weight <= maxWeight) break
        entries.delete(oldest)
        weight -= entry.weight
      }
    },
    clear() {
      entries.clear()
      weight = 0
    },
    get size() {
      return entries.size
    },
  }
}
