import type {Handle} from 'hast-util-to-mdast'

import {anchor} from './anchor.ts'
import {figure} from './figure.ts'

/** The HTML element handlers that differ from hast-util-to-mdast's: links and figures. */
export const htmlHandlers: Record<string, Handle> = {a: anchor, figure}
