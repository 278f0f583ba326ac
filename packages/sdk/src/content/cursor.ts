import {OptionError} from '../vocabulary/option-error.ts'

/**
 * Where a page of articles ends: the last item's `publishedAt`, as stored (the query compares
 * it with `dateTime()`), and `_id`.
 */
export interface CursorPosition {
  publishedAt: string
  id: string
}

/** A date-time as GROQ's `dateTime()` reads it (RFC 3339, with a zone). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})$/

/** Encodes a position as an opaque, URL-safe cursor. */
export function encodeCursor(position: CursorPosition): string {
  const json = JSON.stringify([position.publishedAt, position.id])
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

/**
 * Decodes a cursor made by {@link encodeCursor}.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} for anything else, naming `params.cursor`.
 */
export function decodeCursor(cursor: string, fn: string): CursorPosition {
  try {
    const base64 = cursor.replaceAll('-', '+').replaceAll('_', '/')
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes))
    // The date must be one GROQ's dateTime() reads, or the page after it would come back empty.
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && RFC3339.test(value[0] as string)) {
      return {publishedAt: value[0] as string, id: value[1] as string}
    }
  } catch {
    // fall through to the error below
  }
  throw new OptionError({fn, option: 'params.cursor', must: 'be the nextCursor of a previous page, or nothing for the first page', value: cursor})
}
