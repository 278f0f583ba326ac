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

/**
 * Why a dataset could not be loaded: `ENOENT` nothing at the path (or a folder with no
 * `data.ndjson`), `EFORMAT` a file that is not a dataset export, `EINVALID` lines or
 * assets that are wrong (see `problems`).
 */
export type DatasetLoadErrorCode = 'ENOENT' | 'EFORMAT' | 'EINVALID'

/** What to put in a {@link DatasetLoadError} besides its problems. */
export interface DatasetLoadErrorDetails {
  /** Default `EINVALID`. */
  code?: DatasetLoadErrorCode | undefined
  /** The path given to the reader. */
  path?: string | undefined
  /** What the reader expected to find at `path`, in words. */
  expected?: string | undefined
}

/** Thrown when a dataset cannot be read, or has problems and `onInvalid` is `'throw'` (the default). */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError'
  /** Every problem found, in file order. */
  readonly problems: readonly DatasetProblem[]
  /** Why it failed; `ENOENT` and `EFORMAT` as Node names missing paths and bad arguments. */
  readonly code: DatasetLoadErrorCode
  /** The path given to the reader, when the error is about the path itself. */
  readonly path: string | undefined
  /** What was expected at `path`. */
  readonly expected: string | undefined

  constructor(problems: readonly DatasetProblem[], details: DatasetLoadErrorDetails = {}) {
    const code = details.code ?? 'EINVALID'
    const shown = problems.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`)
    const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more`] : []
    super(
      code === 'EINVALID'
        ? [
            `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:`,
            ...shown,
            ...more,
            'Fix these lines, or open the dataset with {onInvalid: "warn"} to load the rest.',
          ].join('\n')
        : `${problems.map((problem) => problem.message).join(' ')}${details.expected ? ` Expected ${details.expected}.` : ''}`,
    )
    this.problems = problems
    this.code = code
    this.path = details.path
    this.expected = details.expected
  }
}

/** True when `error` is a {@link DatasetLoadError}, across package copies. */
export function isDatasetLoadError(error: unknown): error is DatasetLoadError {
  return error instanceof Error && error.name === 'DatasetLoadError' && Array.isArray((error as DatasetLoadError).problems)
}
