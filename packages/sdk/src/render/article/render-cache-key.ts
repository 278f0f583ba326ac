import type {CrisisResources} from './crisis-notice.ts'

/** Options that never change what is rendered, so they stay out of the key. */
const IGNORED: ReadonlySet<string> = new Set(['cache', 'practice', 'onWarning', 'format'])

const identities = new WeakMap<object, number>()
let nextIdentity = 1

function identity(value: object): string {
  let id = identities.get(value)
  if (id === undefined) {
    id = nextIdentity++
    identities.set(value, id)
  }
  return `#${id}`
}

function keyPart(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value === undefined) return null
  if (Array.isArray(value) && value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))) return value
  return typeof value === 'object' || typeof value === 'function' ? identity(value) : String(value)
}

/**
 * The key a render is kept under: the article's `_id` and revision (`_rev`, else
 * `_updatedAt`), the format, the crisis notice's text, and every render option that can
 * change the output, by name. Strings, numbers, booleans and lists of them (`baseUrl`,
 * `headingIdPrefix`, `imageSizes`, `imageWidths`, `sanitize: false`) count by value;
 * functions and objects (`imageUrl`, `handlers`, `plugins`, a sanitize schema,
 * `resolveReference`) by identity, so pass the same ones to hit the cache. `onWarning`
 * does not count. `undefined` when the article has no id or revision (it is not cached).
 */
export function renderCacheKey(
  article: {_id?: unknown; _rev?: unknown; _updatedAt?: unknown} | null | undefined,
  format: string,
  notice: CrisisResources | null | undefined,
  options: object,
): string | undefined {
  const revision = article?._rev ?? article?._updatedAt
  if (typeof article?._id !== 'string' || typeof revision !== 'string') return undefined
  const named = Object.keys(options)
    .filter((name) => !IGNORED.has(name) && (options as Record<string, unknown>)[name] !== undefined)
    .toSorted()
    .map((name) => [name, keyPart((options as Record<string, unknown>)[name])])
  return JSON.stringify([article._id, revision, format, notice?.heading ?? null, notice?.text ?? null, named])
}
