/** Options every listing function takes: the moment that counts as "now". */
export interface AtTime {
  /**
   * Articles whose `publishedAt` is after this are not listed, fed or served yet.
   * Default: the current time, to the minute (so a scheduled article appears within a
   * minute of its time, and caches can reuse answers within that minute).
   */
  now?: Date | string | undefined
}

/** `now` as the ISO string queries take as `$now`. */
export function nowParam(now: Date | string | undefined): string {
  if (now === undefined) return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const date = typeof now === 'string' ? new Date(now) : now
  if (Number.isNaN(date.getTime())) throw new TypeError(`now must be a valid date; got ${JSON.stringify(now)}.`)
  return date.toISOString()
}
