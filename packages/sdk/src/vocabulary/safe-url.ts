/** Schemes a link may use: web addresses, email and phone. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Schemes an image, a credit link or another web page may use. */
export const WEB_SCHEMES: readonly string[] = ['http', 'https']

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  amp: '&',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  quot: '"',
  apos: "'",
  num: '#',
  quest: '?',
}

/**
 * The URL if it is safe to put in an `href` or `src`, else `undefined`. Safe means:
 * relative, or with one of `schemes` (lower-cased). It is checked the way a browser reads
 * it (tabs and newlines removed anywhere, controls and spaces trimmed) and again after
 * decoding character references and percent-escapes, so `java&#x09;script:`,
 * `javascript&colon;` and `%6Aavascript:` are refused even where they would be harmless.
 * Returns the URL with tabs and newlines removed and the ends trimmed.
 *
 * @example
 * ```ts
 * safeUrl('https://example.com/', LINK_SCHEMES) // 'https://example.com/'
 * safeUrl('java\tscript:alert(1)', LINK_SCHEMES) // undefined
 * ```
 */
export function safeUrl(value: unknown, schemes: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  // eslint-disable-next-line no-control-regex
  if (url === '' || /[\u0000-\u001f\u007f]/.test(url)) return undefined
  if (!schemeAllowed(url, schemes)) return undefined
  // Nothing to decode (no reference, no escape, nothing invisible): the check above was the check.
  // eslint-disable-next-line no-control-regex
  if (!/[&%\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/.test(url)) return url
  let decoded = url
  for (let round = 0; round < 4; round++) {
    const next = decodeOnce(decoded)
    if (next === decoded) break
    decoded = next
    if (!schemeAllowed(decoded, schemes)) return undefined
  }
  return url
}

/** Whether a URL is an absolute `http:` or `https:` address (a link that leaves the site). */
export function isWebUrl(url: string): boolean {
  return /^https?:/i.test(url)
}

function schemeAllowed(url: string, schemes: readonly string[]): boolean {
  const match = /^([^/?#]*?):/.exec(url)
  if (!match) return true
  const scheme = (match[1] ?? '').toLowerCase()
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) && schemes.includes(scheme)
}

function decodeOnce(url: string): string {
  return (
    url
      .replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
        const point = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10)
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : ''
      })
      .replace(/&([a-z]+);?/gi, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole)
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      // What a lenient reader would skip: whitespace, controls and invisible characters.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '')
  )
}

/**
 * What import does with a link's address, by the same test as {@link safeUrl} (character
 * references and percent-escapes decoded, as a browser reads it): `'unsafe'` when
 * `safeUrl` refuses it (`javascript:`, `data:`, `java&#x09;script:`: dropped), `'ok'` for
 * an http(s), mailto: or tel: address, `'relative'` for one without a scheme (kept, but
 * the editor is asked for a full address).
 *
 * @example
 * ```ts
 * classifyHref('https://example.com/') // 'ok'
 * classifyHref('/about') // 'relative'
 * classifyHref('javascript&colon;alert(1)') // 'unsafe'
 * ```
 */
export function classifyHref(href: string): 'ok' | 'relative' | 'unsafe' {
  const url = safeUrl(href, LINK_SCHEMES)
  if (url === undefined) return 'unsafe'
  return /^[^/?#]*?:/.test(url) ? 'ok' : 'relative'
}
