/**
 * Why a transaction was refused, as the Content Lake says it: `conflict` (an
 * `ifRevisionID` that is not the document's revision: HTTP 409), `exists` (`create` of an
 * id that is taken: 409), `missing` (a `patch` of a document that does not exist: 404),
 * `invalid` (a mutation that is not one, or a document without `_id`/`_type`: 400),
 * `read-only` (the store is an export archive, or opened read-only), `corrupt` (the
 * journal on disk cannot be read past a line), `locked` (another process has the store
 * open for writing).
 */
export type StoreErrorCode = 'conflict' | 'exists' | 'missing' | 'invalid' | 'read-only' | 'corrupt' | 'locked'

/** A refused transaction or an unreadable store; nothing of the transaction was applied. */
export class StoreError extends Error {
  override name = 'StoreError'
  readonly code: StoreErrorCode
  /** The document the refusal is about, when one is. */
  readonly documentId: string | undefined
  /** The mutation's index in the transaction, when one is at fault. */
  readonly mutationIndex: number | undefined

  constructor(code: StoreErrorCode, message: string, details: {documentId?: string | undefined; mutationIndex?: number | undefined; cause?: unknown} = {}) {
    super(message, details.cause === undefined ? undefined : {cause: details.cause})
    this.code = code
    this.documentId = details.documentId
    this.mutationIndex = details.mutationIndex
  }
}

/** Whether `error` is a {@link StoreError} (also across copies of the SDK). */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && error.name === 'StoreError' && typeof (error as StoreError).code === 'string'
}
