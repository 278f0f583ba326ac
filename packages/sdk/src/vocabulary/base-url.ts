import {OptionError} from './option-error.ts'

/** What every `baseUrl` option must be, after "must". */
export const SITE_ADDRESS = 'be an absolute http(s) address such as "https://www.example.com"'

/**
 * Checks a site address, the `baseUrl` option of every function that takes one: an
 * absolute http(s) URL (so neither `/relative` nor `javascript:...`). Returns it without
 * trailing slashes.
 *
 * @param fn The public function called and `option` the address's path, for the error.
 * @throws {OptionError} when it is not one.
 */
export function checkBaseUrl(value: unknown, fn: string, option = 'options.baseUrl'): string {
  if (!isSiteAddress(value)) throw new OptionError({fn, option, must: SITE_ADDRESS, value})
  return value.replace(/\/+$/, '')
}

/** {@link checkBaseUrl} for an optional address: `undefined` stays `undefined`. */
export function checkOptionalBaseUrl(value: unknown, fn: string, option = 'options.baseUrl'): string | undefined {
  return value === undefined ? undefined : checkBaseUrl(value, fn, option)
}

/** Whether `value` is an absolute `http:` or `https:` URL. */
export function isSiteAddress(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false
  const {protocol} = new URL(value)
  return protocol === 'https:' || protocol === 'http:'
}
