import {OptionError} from '../../vocabulary/option-error.ts'

/** Options for {@link createRenderCache}. */
export interface RenderCacheOptions {
  /** How many renders to keep; the least recently used goes first. Default 500. */
  maxEntries?: number | undefined
}

/** Rendered articles kept by document id, revision, format and render options (see `renderCacheKey`). */
export interface RenderCache {
  /** The render kept under `key`, if any (it becomes the most recently used). */
  get(key: string): string | undefined
  /** Keeps a render under `key`, dropping the least recently used beyond `maxEntries`. */
  set(key: string, value: string): void
  /** Forgets every render. */
  clear(): void
  /** How many renders are kept. */
  readonly size: number
}

/**
 * A least-recently-used cache for {@link renderArticle}: pass it as `cache` and an article
 * with an `_id` and a `_rev` (or `_updatedAt`) is rendered once per revision, format and
 * set of options. The key holds the crisis notice and every option that changes the
 * output: `baseUrl` and the other strings, numbers and lists by value, functions and
 * objects (`imageUrl`, `handlers`, `resolveReference`) by identity. So one cache can serve
 * pages (relative URLs) and feeds (`baseUrl`) without mixing them.
 *
 * @example
 * ```ts
 * import {createRenderCache, renderArticle} from '@practice-press/sdk/render'
 * const cache = createRenderCache({maxEntries: 200})
 * const html = renderArticle(article, {practice, format: 'html', cache})
 * ```
 * @throws {OptionError} when `maxEntries` is not a positive whole number.
 */
export function createRenderCache(options: RenderCacheOptions = {}): RenderCache {
  const maxEntries = options.maxEntries ?? 500
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new OptionError({fn: 'createRenderCache', option: 'options.maxEntries', must: 'be a positive whole number', value: maxEntries})
  }
  const entries = new Map<string, string>()
  return {
    get(key) {
      const value = entries.get(key)
      if (value !== undefined) {
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    },
    clear() {
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}
