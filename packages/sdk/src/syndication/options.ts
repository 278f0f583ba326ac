import {describe, formatPath} from '../render/warning.ts'
import type {OnSyndicationWarning, SyndicationWarning} from './types.ts'

/**
 * Checks a site address: an absolute http(s) URL. Returns it without trailing slashes.
 *
 * @throws {TypeError} naming `name` when it is not one.
 */
export function checkBaseUrl(value: unknown, name: string): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`${name} must be an absolute http(s) address such as "https://www.example.com"; got ${describe(value)}.`)
  }
  return (value as string).replace(/\/+$/, '')
}

/** The default warning callback: `console.warn` with the document and path. */
export function warnToConsole(warning: SyndicationWarning): void {
  const where = [warning.documentId, warning.path && formatPath(warning.path)].filter(Boolean).join(' at ')
  console.warn(`Practice Press syndication: ${warning.message}${where ? ` (${where})` : ''}`)
}

/** Resolves `onWarning`: the callback, the default, or a no-op for `false`. */
export function resolveSyndicationWarning(onWarning: OnSyndicationWarning | false | undefined): OnSyndicationWarning {
  if (onWarning === false) return () => {}
  if (onWarning === undefined) return warnToConsole
  if (typeof onWarning !== 'function') throw new TypeError(`options.onWarning must be a function or false; got ${describe(onWarning)}.`)
  return onWarning
}
