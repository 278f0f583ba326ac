import {createHash} from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * A base62 string of `length` characters derived from `seed` by SHA-256: it looks like
 * the random ids Sanity hands out, but is the same on every run.
 */
export function fixedToken(seed: string, length: number): string {
  let out = ''
  let round = 0
  while (out.length < length) {
    const digest = createHash('sha256').update(`${seed}#${round++}`).digest()
    for (const byte of digest) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62]
    }
  }
  return out
}

/** A document revision (`_rev`) in Sanity's 22-character shape, fixed by `seed`. */
export function fixedRev(seed: string): string {
  return fixedToken(`rev:${seed}`, 22)
}

/** An asset upload id in Sanity's 32-character shape, fixed by `seed`. */
export function fixedUploadId(seed: string): string {
  return fixedToken(`upload:${seed}`, 32)
}
