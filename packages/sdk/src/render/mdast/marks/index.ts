import {htmlExtensions} from '../../../extensions/built-in/index.ts'
import type {MarkHandler} from '../types.ts'
import {code} from './code.ts'
import {em} from './em.ts'
import {strong} from './strong.ts'

/**
 * The default mark handlers from Portable Text to mdast: the decorators `strong`, `em`,
 * `code`, then the `toMdast` step of the annotation extensions (`link`, `internalLink`).
 * The renderers' `marks` option is merged over them.
 */
export const toMdastMarks: Readonly<Record<string, MarkHandler>> = {
  strong,
  em,
  code,
  ...Object.fromEntries(htmlExtensions.filter((extension) => extension.directive.kind === 'text').map((extension) => [extension.type, extension.toMdast as MarkHandler])),
}
