/** Strong ETags from content, the `If-None-Match` check and its 304, with web crypto (Node and workerd alike). */

/** `"<sha-1 of the bytes, hex>"`. */
export async function etagOf(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

/**
 * Whether `If-None-Match` names this ETag, the one of the representation being sent.
 * Weak comparison, as RFC 9110 (13.1.2) asks for `If-None-Match`: a `W/` prefix is
 * ignored. A compressed representation's ETag (`"…-br"`, `"…-gzip"`) is another tag: it
 * does not match the plain one, nor the plain one it.
 */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = withoutWeak(etag)
  return ifNoneMatch.split(',').some((candidate) => withoutWeak(candidate) === bare)
}

/**
 * The 304 for a response with these headers: the headers RFC 9110 (15.4.5) asks a 304 to
 * repeat from the 200 (`ETag`, `Cache-Control`, `Vary`, `Content-Location`, `Expires`).
 */
export function notModified(headers: Headers): Response {
  const kept = new Headers()
  // No content-length: a 304 has no body.
  for (const name of ['etag', 'cache-control', 'vary', 'content-location', 'expires']) {
    const value = headers.get(name)
    if (value) kept.set(name, value)
  }
  return new Response(null, {status: 304, headers: kept})
}

function withoutWeak(tag: string): string {
  return tag.trim().replace(/^W\//, '')
}
