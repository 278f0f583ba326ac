import type {CreditFields} from '../mdast/image-data.ts'
import type {ListLine} from './pieces.ts'

/** What a piece of pasted text turned out to be. */
export type TextElement =
  | {type: 'heading'; text: string; line: number; depth: 2 | 3 | 4}
  | {type: 'paragraph'; text: string; line: number}
  | {type: 'image'; alt?: string; credit?: CreditFields; line: number}
  | {type: 'list'; items: ListLine[]; line: number}
