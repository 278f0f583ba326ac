/** Strong ETags from content, and the `If-None-Match` check, with web crypto (Node and workerd alike). */

/** `"<sha-1 of the bytes, hex>"`. */
export async function etagOf(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

/**
 * Whether `If-None-Match` names this ETag. Weak comparison, as RFC 9110 asks for GET: a
 * `W/` prefix and the `-br` / `-gzip` suffix that compression adds are ignored.
 */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = normalise(etag)
  return ifNoneMatch.split(',').some((candidate) => normalise(candidate) === bare)
}

function normalise(tag: string): string {
  return tag.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"')
}
