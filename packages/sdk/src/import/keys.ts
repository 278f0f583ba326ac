import {OptionError} from '../vocabulary/option-error.ts'
import type {KeyGenerator} from './types.ts'

/**
 * Makes a `_key` as Sanity Studio does: 12 random hexadecimal characters, from
 * `crypto.getRandomValues` (Node, edge runtimes and browsers alike).
 *
 * @example
 * ```ts
 * randomKey() // e.g. '3f9a0c1b27de'
 * ```
 */
export const randomKey: KeyGenerator = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  let key = ''
  for (const byte of bytes) key += byte.toString(16).padStart(2, '0')
  return key
}

/**
 * Makes a key generator that counts: `000000000001`, `000000000002`, ... Useful for tests
 * and for imports that must give the same keys every time.
 *
 * @example
 * ```ts
 * const generateKey = countingKeys()
 * generateKey() // '000000000001'
 * ```
 */
export function countingKeys(start = 1): KeyGenerator {
  // A start that is not a whole number would give every block the key "NaN" or a fraction's digits.
  if (!Number.isSafeInteger(start) || start < 0) throw new OptionError({fn: 'countingKeys', option: 'start', must: 'be a whole number from 0', value: start})
  let next = start
  return () => (next++).toString(16).padStart(12, '0')
}
