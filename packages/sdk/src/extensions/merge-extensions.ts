import type {BlockExtension} from './types.ts'

/**
 * `extensions` merged over `base` (the built-in ones), as mdast-util-to-markdown's
 * `configure` merges: one per `type`, a later one replacing an earlier one of the same
 * `type` (in its place), new types after.
 */
export function mergeExtensions(base: readonly BlockExtension[], extensions: readonly BlockExtension[]): BlockExtension[] {
  const byType = new Map<string, BlockExtension>()
  for (const extension of [...base, ...extensions]) byType.set(extension.type, extension)
  return [...byType.values()]
}
