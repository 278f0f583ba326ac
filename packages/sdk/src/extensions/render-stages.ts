import type {Handler as HastHandler} from 'mdast-util-to-hast'

import type {NodeMapper} from '../render/markdown/map-nodes.ts'
import type {Handler, MarkHandler} from '../render/mdast/types.ts'
import type {TextStep} from '../render/text/text-steps.ts'
import {directiveKey} from '../vocabulary/directives.ts'
import {fallbackToHast, fallbackToMdast, fallbackToPortableMarkdown, fallbackToText, type StageWarn} from './fallbacks.ts'
import {mergeExtensions} from './merge-extensions.ts'
import type {BlockExtension} from './types.ts'

/** Each render stage's map, derived from one list of extensions. */
export interface RenderStages {
  /** Block `_type` to mdast (`toMdast` of block extensions). */
  handlers: Record<string, Handler>
  /** Annotation `_type` to mdast (`toMdast` of text-directive extensions). */
  marks: Record<string, MarkHandler>
  /** Directive key to hast. */
  hast: Record<string, HastHandler>
  /** Directive key to plain mdast for portable Markdown (the SDK's own directives are in `portableMappers`). */
  portable: Record<string, NodeMapper>
  /** Directive key to text (mdast's own nodes and the SDK's directives are in `textSteps`). */
  text: Record<string, TextStep>
}

let defaults: RenderStages | undefined

/**
 * The render stages for the built-in extensions with `extensions` merged over them; a step
 * an extension leaves out is its documented default (`fallbacks.ts`), which warns through
 * `warn` when used. Without extensions, the defaults, built once.
 */
export function renderStages(extensions: readonly BlockExtension[] | undefined, warn: StageWarn): RenderStages {
  if (extensions === undefined || extensions.length === 0) return (defaults ??= build(mergeExtensions([]), () => {}))
  return build(mergeExtensions(extensions), warn)
}

function build(extensions: readonly BlockExtension[], warn: StageWarn): RenderStages {
  const stages: RenderStages = {handlers: {}, marks: {}, hast: {}, portable: {}, text: {}}
  for (const extension of extensions) {
    const key = directiveKey(extension.directive) as string
    const toMdast = extension.toMdast ?? fallbackToMdast(extension)
    if (extension.directive.kind === 'text') stages.marks[extension.type] = toMdast as MarkHandler
    else stages.handlers[extension.type] = toMdast as Handler
    stages.hast[key] = extension.toHast ?? fallbackToHast(extension, warn)
    stages.portable[key] = extension.toPortableMarkdown ?? fallbackToPortableMarkdown(extension, warn)
    stages.text[key] = extension.toText ?? fallbackToText(extension, warn)
  }
  return stages
}
