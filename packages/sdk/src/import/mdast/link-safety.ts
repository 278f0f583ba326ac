/** The URL schemes a `link` may have in `blockContent`. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/**
 * What to do with a link's address: `'ok'` (http, https, mailto, tel), `'relative'` (no
 * scheme: kept, but the editor asks for a full address) or `'unsafe'` (any other scheme,
 * such as `javascript:` or `data:`: dropped). Browsers ignore control characters and
 * spaces inside a scheme, so this does too before it looks.
 */
export function classifyHref(href: string): 'ok' | 'relative' | 'unsafe' {
  // oxlint-disable-next-line no-control-regex -- control characters are what is removed
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1]
  if (scheme === undefined) return 'relative'
  return LINK_SCHEMES.includes(scheme.toLowerCase()) ? 'ok' : 'unsafe'
}
