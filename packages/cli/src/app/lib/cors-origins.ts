/**
 * Checks CORS origins: each `*` or a web origin (`http(s)://host[:port]`, no path), as a
 * browser sends it in `Origin`. Returns them without a trailing slash.
 *
 * @throws {TypeError} naming the first origin that is not one.
 */
export function checkCorsOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const trimmed = origin.replace(/\/$/, '')
    if (trimmed === '*') return trimmed
    let url: URL | undefined
    try {
      url = new URL(trimmed)
    } catch {
      url = undefined
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== trimmed) {
      throw new TypeError(`corsOrigins: ${JSON.stringify(origin)} is not an origin; give a scheme, host and port only, such as http://localhost:3000, or *.`)
    }
    return trimmed
  })
}
