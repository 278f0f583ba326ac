import type {QueryParams} from './content-source.ts'

/** Where in a query a syntax error is: 1-based line and column. */
export interface QueryPosition {
  line: number
  column: number
}

/**
 * Why a query failed:
 * - `syntax`: the GROQ does not parse (`position` says where);
 * - `parameter`: the query names a parameter that was not given (`parameter` says which),
 *   as Sanity answers "param $slug referenced, but not provided" (`position` is its `$`);
 * - `evaluation`: the query parsed but could not be evaluated (for example a function the
 *   dataset source does not implement);
 * - `request`: the Sanity API answered with an error or could not be reached (`statusCode`).
 */
export type ContentQueryErrorKind = 'syntax' | 'parameter' | 'evaluation' | 'request'

/** A query failed: bad GROQ, a missing parameter, a network error, or the server said no. */
export class ContentQueryError extends Error {
  override readonly name = 'ContentQueryError'
  /** Why it failed; see {@link ContentQueryErrorKind}. */
  readonly kind: ContentQueryErrorKind
  /** For a missing parameter: its name, without `$`. */
  readonly parameter: string | undefined
  /** The query that failed. */
  readonly query: string
  /** Its parameters. */
  readonly params: QueryParams
  /** For a syntax error or a missing parameter: where it is. */
  readonly position: QueryPosition | undefined
  /** The HTTP status, when the query went over HTTP. */
  readonly statusCode: number | undefined

  constructor(
    message: string,
    details: {
      query: string
      params?: QueryParams
      cause?: unknown
      position?: QueryPosition
      statusCode?: number
      kind?: ContentQueryErrorKind
      parameter?: string
    },
  ) {
    super(message, {cause: details.cause})
    this.kind = details.kind ?? (details.position ? 'syntax' : details.statusCode ? 'request' : 'evaluation')
    this.parameter = details.parameter
    this.query = details.query
    this.params = details.params ?? {}
    this.position = details.position
    this.statusCode = details.statusCode
  }
}

/** True when `error` is a {@link ContentQueryError}, across package copies. */
export function isContentQueryError(error: unknown): error is ContentQueryError {
  return error instanceof Error && error.name === 'ContentQueryError' && 'query' in error
}

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): QueryPosition {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
