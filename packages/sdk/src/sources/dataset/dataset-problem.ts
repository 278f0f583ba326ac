/** One thing wrong with a dataset: where it is and what to do about it. */
export interface DatasetProblem {
  /** The file the problem is in, as given to the reader (e.g. `content/data.ndjson`). */
  file: string
  /** 1-based line number in `file`, when the problem belongs to a line. */
  line?: number
  /** The document's `_id`, when known. */
  documentId?: string
  /** What is wrong, in words a person can act on. */
  message: string
}

/** How a reader treats bad input: throw once with every problem, or load the rest and warn. */
export type OnInvalid = 'throw' | 'warn'

/** Formats a problem as `file:line (id): message`, the way compilers do. */
export function formatProblem(problem: DatasetProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`
  const id = problem.documentId ? ` (${problem.documentId})` : ''
  return `${where}${id}: ${problem.message}`
}

/** Thrown when a dataset has problems and `onInvalid` is `'throw'` (the default). */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError'
  /** Every problem found, in file order. */
  readonly problems: readonly DatasetProblem[]

  constructor(problems: readonly DatasetProblem[]) {
    const shown = problems.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`)
    const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more`] : []
    super(
      [
        `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:`,
        ...shown,
        ...more,
        'Fix these lines, or open the dataset with {onInvalid: "warn"} to load the rest.',
      ].join('\n'),
    )
    this.problems = problems
  }
}

/** True when `error` is a {@link DatasetLoadError}, across package copies. */
export function isDatasetLoadError(error: unknown): error is DatasetLoadError {
  return error instanceof Error && error.name === 'DatasetLoadError' && Array.isArray((error as DatasetLoadError).problems)
}
