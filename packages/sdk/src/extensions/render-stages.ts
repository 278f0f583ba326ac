import {directiveKey} from '../vocabulary/directives.ts'
import {mergeExtensions} from './merge-extensions.ts'
import type {BlockExtension} from './types.ts'

const defaults = new Map<(extension: BlockExtension) => unknown, Record<string, unknown>>()

/**
 * One render stage's map, derived from the built-in extensions with `extensions` merged
 * over them: each extension's step by its directive key (`:::callout`), or, when it leaves
 * the step out, the stage's documented default (`fallbacks.ts`, `output-fallbacks.ts`),
 * which warns when used. Without extensions, the built-in map, made once per stage. Each
 * output builds only the stages it runs, so `toHtml` carries no Markdown or text defaults.
 */
export function stageMap<Step>(
  extensions: readonly BlockExtension[] | undefined,
  step: (extension: BlockExtension) => Step | undefined,
  fallback: (extension: BlockExtension) => Step,
  key: (extension: BlockExtension) => string = (extension) => directiveKey(extension.directive) as string,
): Record<string, Step> {
  const given = extensions !== undefined && extensions.length > 0
  const cached = given ? undefined : defaults.get(step)
  if (cached) return cached as Record<string, Step>
  const map: Record<string, Step> = {}
  for (const extension of mergeExtensions(extensions ?? [])) map[key(extension)] = step(extension) ?? fallback(extension)
  if (!given) defaults.set(step, map)
  return map
}
