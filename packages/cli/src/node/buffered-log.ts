/** A line writer that batches: one write per `intervalMs` (or per 64 KB) instead of one per request. */
export interface BufferedLog {
  (line: string): void
  /** Writes what is pending now. */
  flush(): void
}

/**
 * Batches log lines for `write` (e.g. `process.stdout.write`, a system call each time on
 * a pipe): under load, the access log costs a few writes a second rather than one per
 * request. Lines keep their order; `flush()` before exit.
 */
export function createBufferedLog(write: (text: string) => void, intervalMs = 100): BufferedLog {
  let pending = ''
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    if (pending === '') return
    const text = pending
    pending = ''
    write(text)
  }
  const log = ((line: string) => {
    pending += `${line}\n`
    if (pending.length > 65_536) flush()
    else if (!timer) {
      timer = setTimeout(flush, intervalMs)
      timer.unref()
    }
  }) as BufferedLog
  log.flush = flush
  return log
}
