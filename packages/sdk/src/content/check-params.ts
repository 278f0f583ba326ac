/** The names of {@link FetchOptions}: passed second by mistake, they get a hint. */
const FETCH_OPTION_NAMES: ReadonlySet<string> = new Set(['perspective', 'tag', 'signal'])

/**
 * Checks a content function's `params` (its second argument) where it enters: every
 * content function is called `(source, params = {}, options = {})`, and a key it does not
 * read is a mistake, most often a fetch option such as `perspective` put second, which
 * would otherwise be ignored and answer published content.
 *
 * @param fn The function's name, for the message (`'listTopics'`).
 * @param params What the caller passed second; `undefined` counts as `{}`.
 * @param allowed The parameter names the function reads.
 * @throws TypeError naming the function, the unknown key and the allowed ones; for a fetch
 *   option, where it belongs.
 */
export function checkParams(fn: string, params: unknown, allowed: readonly string[]): void {
  if (params === undefined) return
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new TypeError(`${fn}(source, params, options): params must be an object; got ${params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params}.`)
  }
  for (const key of Object.keys(params)) {
    if (allowed.includes(key)) continue
    const known = allowed.length > 0 ? allowed.join(', ') : 'none'
    const hint = FETCH_OPTION_NAMES.has(key) ? ` "${key}" is a fetch option: pass it third, ${fn}(source, {}, {${key}: ...}).` : ''
    throw new TypeError(`${fn}(source, params, options): unknown param "${key}"; it takes: ${known}.${hint}`)
  }
}
