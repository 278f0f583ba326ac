/** Median and percentiles of repeated runs, in microseconds. */
export interface Timing {
  median: number
  p90: number
  runs: number
}

/** Runs `fn` until `runs` samples or `budgetMs` are spent (at least 3 runs), after a warm-up. */
export async function measure(fn: () => Promise<unknown>, options: {runs?: number; budgetMs?: number; warmup?: number} = {}): Promise<Timing> {
  const runs = options.runs ?? 200
  const budget = options.budgetMs ?? 3000
  for (let index = 0; index < (options.warmup ?? 3); index++) await fn()
  const samples: number[] = []
  const started = performance.now()
  while (samples.length < runs && (samples.length < Math.min(3, runs) || performance.now() - started < budget)) {
    const start = performance.now()
    await fn()
    samples.push((performance.now() - start) * 1000)
  }
  samples.sort((a, b) => a - b)
  const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))]!
  return {median: at(0.5), p90: at(0.9), runs: samples.length}
}

/** Formats microseconds for a table. */
export function us(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} ms` : `${value.toFixed(1)} us`
}
