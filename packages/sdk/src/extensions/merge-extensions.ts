import {defaultExtensions} from './built-in/index.ts'
import type {BlockExtension} from './types.ts'

/**
 * The built-in extensions with `extensions` merged over them, as mdast-util-to-markdown's
 * `configure` merges: one per `type`, a later one replacing an earlier one of the same
 * `type` (in its place), new types after.
 */
export function mergeExtensions(extensions: readonly BlockExtension[]): BlockExtension[] {
  const byType = new Map<string, BlockExtension>()
  for (const extension of [...defaultExtensions, ...extensions]) byType.set(extension.type, extension)
  return [...byType.values()]
}
