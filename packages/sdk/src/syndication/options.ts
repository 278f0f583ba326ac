import {formatPath} from '../render/warning.ts'
import {isSiteAddress, SITE_ADDRESS} from '../vocabulary/base-url.ts'
import {describe} from '../vocabulary/describe.ts'
import {OptionError} from '../vocabulary/option-error.ts'
import type {OnSyndicationWarning, SyndicationWarning} from './types.ts'

/**
 * The site address from the practice's `baseUrl`, for a function called without
 * `options.baseUrl`. Returns it without trailing slashes.
 *
 * @throws {OptionError} naming `options.baseUrl` when the practice has no such address either.
 */
export function practiceBaseUrl(value: unknown, fn: string): string {
  if (isSiteAddress(value)) return value.replace(/\/+$/, '')
  const practice = value === undefined || value === null ? 'the practice has none' : `the practice's is ${describe(value)}`
  throw new OptionError({fn, option: 'options.baseUrl', must: `${SITE_ADDRESS} when the practice's baseUrl is not one`, got: `undefined, and ${practice}`})
}

/** The default warning callback: `console.warn` with the document and path. */
export function warnToConsole(warning: SyndicationWarning): void {
  const where = [warning.documentId, warning.path && formatPath(warning.path)].filter(Boolean).join(' at ')
  console.warn(`Practice Press syndication: ${warning.message}${where ? ` (${where})` : ''}`)
}

/** Resolves `onWarning`: the callback, the default, or a no-op for `false` (`fn`, the public function called, for the error). */
export function resolveSyndicationWarning(onWarning: OnSyndicationWarning | false | undefined, fn: string): OnSyndicationWarning {
  if (onWarning === false) return () => {}
  if (onWarning === undefined) return warnToConsole
  if (typeof onWarning !== 'function') throw new OptionError({fn, option: 'options.onWarning', must: 'be a function or false', value: onWarning})
  return onWarning
}
