/** The encodings the server can write, most preferred first. */
const OFFERED = ['br', 'gzip'] as const

/** An encoding the server writes. */
export type ContentCoding = (typeof OFFERED)[number]

/**
 * The coding to answer with for an `Accept-Encoding` header (RFC 9110, section 12.5.3):
 * brotli, else gzip, among those the client accepts with a quality above 0, a listed coding
 * winning over `*`; `undefined` when it takes neither (no header, `identity`, or `q=0`).
 */
export function preferredEncoding(accept: string | null): ContentCoding | undefined {
  if (!accept) return undefined
  const quality = new Map<string, number>()
  for (const part of accept.split(',')) {
    const [name = '', ...parameters] = part.split(';')
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined)
    const value = q === undefined ? 1 : Number(q)
    quality.set(name.trim().toLowerCase(), Number.isFinite(value) ? value : 0)
  }
  const any = quality.get('*')
  return OFFERED.find((coding) => (quality.get(coding) ?? any ?? 0) > 0)
}
