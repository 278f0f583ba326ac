import {htmlExtensions} from '../../../extensions/built-in/index.ts'
import type {MarkHandler} from '../types.ts'
import {code} from './code.ts'
import {em} from './em.ts'
import {strong} from './strong.ts'

/** The default mark handlers: the decorators `strong`, `em`, `code`, then the `toMdast` step of the annotation extensions (`link`, `internalLink`). */
export const defaultMarks: Readonly<Record<string, MarkHandler>> = {
  strong,
  em,
  code,
  ...Object.fromEntries(htmlExtensions.filter((extension) => extension.directive.kind === 'text').map((extension) => [extension.type, extension.toMdast as MarkHandler])),
}
