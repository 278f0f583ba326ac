import type {MarkHandler} from '../types.ts'
import {code} from './code.ts'
import {em} from './em.ts'
import {internalLink} from './internal-link.ts'
import {link} from './link.ts'
import {strong} from './strong.ts'

/** The default mark handlers: the decorators `strong`, `em`, `code` and the annotations `link`, `internalLink`. */
export const defaultMarks: Readonly<Record<string, MarkHandler>> = {strong, em, code, link, internalLink}
