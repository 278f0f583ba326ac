import type {ContentSource} from '@practice-press/sdk'

/** The preview cookie's name. */
export const PREVIEW_COOKIE = 'practice_press_preview'

/** In preview, scheduled articles are shown too: queries run at this time. */
export const PREVIEW_NOW = '9999-12-31T00:00:00.000Z'

/** The cookie value for a secret: an HMAC of a fixed label, so the secret itself never travels in a cookie. */
export async function previewCookieValue(secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('practice-press preview v1')))
  let hex = ''
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a)
  const right = new TextEncoder().encode(b)
  let difference = left.length ^ right.length
  for (let index = 0; index < right.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0)
  return difference === 0
}

const previewSources = new WeakMap<ContentSource, ContentSource>()

/** The same source, answering every query in the `drafts` perspective. */
export function draftsOf(source: ContentSource): ContentSource {
  let wrapped = previewSources.get(source)
  if (!wrapped) {
    wrapped = {
      kind: source.kind,
      images: source.images,
      fetch: (query, params, options) => source.fetch(query, params, {...options, perspective: 'drafts'}),
    }
    previewSources.set(source, wrapped)
  }
  return wrapped
}
