import type {QueryParams} from './content-source.ts'

/** Where in a query a syntax error is: 1-based line and column. */
export interface QueryPosition {
  line: number
  column: number
}

/** A query failed: bad GROQ, a network error, or the server said no. */
export class ContentQueryError extends Error {
  override readonly name = 'ContentQueryError'
  /** The query that failed. */
  readonly query: string
  /** Its parameters. */
  readonly params: QueryParams
  /** For a GROQ syntax error: where it is. */
  readonly position: QueryPosition | undefined
  /** The HTTP status, when the query went over HTTP. */
  readonly statusCode: number | undefined

  constructor(
    message: string,
    details: {query: string; params?: QueryParams; cause?: unknown; position?: QueryPosition; statusCode?: number},
  ) {
    super(message, {cause: details.cause})
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
