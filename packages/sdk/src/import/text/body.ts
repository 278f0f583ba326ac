import type {Reporter} from '../report.ts'
import type {TextElement} from './elements.ts'
import {ALT_MAX_LENGTH, startsLikeHeading, wordCount} from './line-shape.ts'
import type {Piece} from './pieces.ts'

/** The most words a one-line paragraph has to be read as alt text before a credit line. */
const ALT_MAX_WORDS = 40

/**
 * Reads the article body, piece by piece:
 *
 * - a credit line ("Photo by ... from ...") is a picture; the line just before it, if it
 *   is a single line (short, or a sentence of up to 40 words), is the picture's alt text;
 * - a short line without final punctuation that starts with a capital or a digit is a
 *   heading when a paragraph, list or picture comes after it (at the end of the text it
 *   is a paragraph); its level is set later (see `assignHeadingLevels`);
 * - lists stay lists; everything else is a paragraph. A paragraph in brackets, or one
 *   that starts "Note:", "Tip:", "Important:" or "Warning:", is reported as a possible
 *   callout and kept as a paragraph.
 */
export function readBody(pieces: readonly Piece[], reporter: Reporter): TextElement[] {
  const elements: TextElement[] = []
  const contentAfter = pieces.map((_, index) => pieces.slice(index + 1).some((piece) => piece.kind !== 'short'))
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece
    const next = pieces[index + 1]
    if (next?.kind === 'credit' && canBeAlt(piece)) {
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

function canBeAlt(piece: Piece): piece is Piece & {kind: 'short' | 'paragraph'} {
  if (piece.kind === 'short') return true
  return piece.kind === 'paragraph' && piece.single && piece.text.length <= ALT_MAX_LENGTH && wordCount(piece.text) <= ALT_MAX_WORDS
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
