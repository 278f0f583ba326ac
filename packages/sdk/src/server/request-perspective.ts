import type {Perspective} from '../sources/content-source.ts'

/** What a request's `perspective` asks for: one the handler serves, or why it cannot. */
export type RequestPerspective = {ok: true; perspective: Perspective} | {ok: false; message: string}

/**
 * Reads the `perspective` a client sent, in every form `@sanity/client` 8 sends it: a name
 * (`published`, `drafts`, `raw`, the deprecated `previewDrafts`, which the Content Lake
 * still answers as `drafts`), or a stack joined with commas, highest priority first (the
 * client joins an array: `['drafts', 'published']` arrives as `drafts,published`; a JSON
 * body may carry the array itself).
 *
 * Stacks of `drafts` and `published` alone are served (`drafts,published` is `drafts`);
 * stacks naming a release (any other name) are not, and `raw` cannot be stacked: both get a
 * message saying so. No perspective, or an empty one, is `published`.
 */
export function requestPerspective(value: unknown): RequestPerspective {
  if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return requestPerspective(value.join(','))
  if (value === undefined || value === null || value === '') return {ok: true, perspective: 'published'}
  if (typeof value !== 'string') return {ok: false, message: `perspective must be a string; got ${JSON.stringify(value)}.`}
  const names = value.split(',').map((name) => name.trim()).map((name) => (name === 'previewDrafts' ? 'drafts' : name))
  if (names.some((name) => name === '')) return {ok: false, message: `perspective "${value}" has an empty name in its list.`}
  if (names.includes('raw')) {
    return names.length === 1
      ? {ok: true, perspective: 'raw'}
      : {ok: false, message: `perspective "${value}" is not allowed: "raw" can not be combined with other perspectives.`}
  }
  const releases = names.filter((name) => name !== 'drafts' && name !== 'published')
  if (releases.length > 0) {
    return {
      ok: false,
      message:
        `perspective "${value}" names ${releases.length === 1 ? 'a release' : 'releases'} (${releases.map((name) => `"${name}"`).join(', ')}): ` +
        'this server does not support release perspectives. It answers "published", "drafts" (also sent as "previewDrafts" or "drafts,published") and "raw".',
    }
  }
  const unique = [...new Set(names)]
  if (unique.length === 1) return {ok: true, perspective: unique[0] as Perspective}
  if (unique[0] === 'drafts') return {ok: true, perspective: 'drafts'}
  return {
    ok: false,
    message: `perspective "${value}" puts published documents above drafts: this server does not support that stack. It answers "published", "drafts" (also sent as "previewDrafts" or "drafts,published") and "raw".`,
  }
}
