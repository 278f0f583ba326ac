import type {Reporter} from '../report.ts'
import type {TextElement} from './elements.ts'
import {startsLikeHeading} from './line-shape.ts'
import type {Piece} from './pieces.ts'

/**
 * Reads the article body, piece by piece:
 *
 * - a credit line ("Photo by ... from ...") is a picture; a short line without final
 *   punctuation just before it is the picture's alt text (a sentence before it stays a
 *   paragraph, and the picture has no alt text);
 * - a short line without final punctuation that starts with a capital or a digit is a
 *   heading when a paragraph, list or picture comes after it (at the end of the text it
 *   is a paragraph); its level is set later (see `assignHeadingLevels`);
 * - lists stay lists; everything else is a paragraph. A paragraph in brackets, or one
 *   that starts "Note:", "Tip:", "Important:" or "Warning:", is reported as a possible
 *   callout and kept as a paragraph.
 */
export function readBody(pieces: readonly Piece[], reporter: Reporter): TextElement[] {
  const elements: TextElement[] = []
  // Whether anything but short lines comes after each piece.
  const contentAfter: boolean[] = []
  let seen = false
  for (let index = pieces.length - 1; index >= 0; index--) {
    contentAfter[index] = seen
    if (pieces[index]?.kind !== 'short') seen = true
  }
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece
    const next = pieces[index + 1]
    if (next?.kind === 'credit' && piece.kind === 'short') {
      elements.push({type: 'image', alt: piece.text, credit: next.credit, line: piece.line})
      index++
      continue
    }
    switch (piece.kind) {
      case 'credit':
        elements.push({type: 'image', credit: piece.credit, line: piece.line})
        break
      case 'list':
        elements.push({type: 'list', items: piece.items, line: piece.line})
        break
      case 'short':
        if (startsLikeHeading(piece.text) && contentAfter[index]) {
          elements.push({type: 'heading', text: piece.text, line: piece.line, depth: 2})
        } else {
          elements.push({type: 'paragraph', text: piece.text, line: piece.line})
        }
        break
      case 'paragraph':
        reportPossibleCallout(piece.text, piece.line, reporter)
        elements.push({type: 'paragraph', text: piece.text, line: piece.line})
        break
    }
  }
  return elements
}

const LABELLED = /^(note|tip|important|warning|caution|please note)\s*:/i

function reportPossibleCallout(text: string, line: number, reporter: Reporter): void {
  const aside = /^\(.*\)[.!?]?$/s.test(text)
  const label = LABELLED.exec(text)?.[1]
  if (!aside && !label) return
  reporter.add(
    'possible-callout',
    aside
      ? 'A paragraph in brackets reads like an aside: it was kept as a paragraph; consider making it a callout.'
      : `A paragraph starting "${label}:" reads like a callout: it was kept as a paragraph; consider making it a callout.`,
    {line, column: 1},
    text,
  )
}
