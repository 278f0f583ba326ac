import {directiveKey} from '../vocabulary/directives.ts'
import {mergeExtensions} from './merge-extensions.ts'
import type {BlockExtension} from './types.ts'

const defaults = new WeakMap<readonly BlockExtension[], Map<(extension: BlockExtension) => unknown, Record<string, unknown>>>()

/**
 * One render stage's map, derived from the built-in extensions (`base`: `htmlExtensions` for
 * HTML, `defaultExtensions` for the other outputs) with `extensions` merged over them: each
 * extension's step by its directive key (`:::callout`), or, when it leaves the step out, the
 * stage's documented default (`fallbacks.ts`, `output-fallbacks.ts`), which warns when used.
 * Without extensions, the built-in map, made once per base and stage. Each output builds
 * only the stages it runs, so `toHtml` carries no Markdown or text steps.
 */
export function stageMap<Step>(
  base: readonly BlockExtension[],
  extensions: readonly BlockExtension[] | undefined,
  step: (extension: BlockExtension) => Step | undefined,
  fallback: (extension: BlockExtension) => Step,
): Record<string, Step> {
  const given = extensions !== undefined && extensions.length > 0
  let made = defaults.get(base)
  if (!made) defaults.set(base, (made = new Map()))
  const cached = given ? undefined : made.get(step)
  if (cached) return cached as Record<string, Step>
  const map: Record<string, Step> = {}
  for (const extension of mergeExtensions(base, extensions ?? [])) map[directiveKey(extension.directive) as string] = step(extension) ?? fallback(extension)
  if (!given) made.set(step, map)
  return map
}
