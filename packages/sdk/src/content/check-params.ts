import {assertPerspective, assertSource} from '../sources/content-source.ts'
import {OptionError} from '../vocabulary/option-error.ts'

/** The names of {@link FetchOptions}: passed second by mistake, they get a hint. */
const FETCH_OPTION_NAMES: ReadonlySet<string> = new Set(['perspective', 'tag', 'signal'])

/**
 * Checks a content function's `params` (its second argument) where it enters: every
 * content function is called `(source, params = {}, options = {})`, and a key it does not
 * read is a mistake, most often a fetch option such as `perspective` put second, which
 * would otherwise be ignored and answer published content.
 *
 * @param fn The function's name, for the message (`'listTopics'`).
 * @param source What the caller passed first: it must be a source.
 * @param params What the caller passed second; `undefined` counts as `{}`.
 * @param allowed The parameter names the function reads.
 * @param options What the caller passed third: its `perspective` is checked here too, so
 *   that the error names `fn` rather than `source.fetch`.
 * @throws {OptionError} naming `source` when it is not a source; naming the function, the unknown key and the allowed ones; for a
 *   fetch option, where it belongs.
 */
export function checkParams(fn: string, source: unknown, params: unknown, allowed: readonly string[], options: unknown): void {
  assertSource(source, fn)
  const perspective = (options as {perspective?: unknown} | null | undefined)?.perspective
  if (perspective !== undefined) assertPerspective(perspective, fn)
  if (params === undefined) return
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new OptionError({fn, option: 'params', must: 'be an object', value: params})
  }
  for (const [key, value] of Object.entries(params)) {
    if (allowed.includes(key)) continue
    const known = allowed.length > 0 ? `${fn} takes ${allowed.join(', ')}` : `${fn} takes no params`
    const hint = FETCH_OPTION_NAMES.has(key) ? `: ${key} is a fetch option, passed third as in ${fn}(source, {}, {${key}: ...})` : ''
    throw new OptionError({fn, option: `params.${key}`, must: `not be given (${known})${hint}`, value})
  }
}
