import {parseCreditLine} from '../credit-line.ts'
import type {CreditFields} from '../mdast/image-data.ts'
import {collapseSpaces, type Chunk} from './chunks.ts'
import {endsWithPunctuation, isShortLine, listMarker, startsLikeHeading} from './line-shape.ts'

/** One list item as pasted. */
export interface ListLine {
  ordered: boolean
  /** The item's number, for a numbered item; 1 for a bullet. */
  number: number
  /** 1 for the outer list, 2 for an item indented under it, ... */
  level: number
  text: string
  line: number
}

/** The longest line read as a list item when lines have no bullets. */
const ITEM_MAX_LENGTH = 200

/** A chunk of pasted text, read for what it looks like (not yet for what it is). */
export type Piece =
  /** A single short line without final punctuation: a heading, an alt text, a site's name. */
  | {kind: 'short'; text: string; line: number}
  /** A picture credit line: "Photo by ... from ...", "Image: ...". */
  | {kind: 'credit'; text: string; credit: CreditFields; line: number}
  /** Running text: lines joined with spaces. `single` when it was one line. */
  | {kind: 'paragraph'; text: string; line: number; single: boolean; source: string}
  /** Lines with bullets or numbers. */
  | {kind: 'list'; items: ListLine[]; line: number; source: string}

/**
 * Reads a chunk:
 *
 * - lines starting with bullets or numbers are a list (lines without a marker continue
 *   the item above; any lines before the first item are a paragraph);
 * - several lines that each read as a whole (every line after the first starts with a
 *   capital, a digit or a quote, and the line before it ends a sentence or is a short
 *   line), none longer than 200 characters, are a bulleted list, as browsers copy a list
 *   without its bullets; a first line ending with a colon stays a paragraph above it;
 * - a single line is a credit line, or a short line if it looks like one;
 * - anything else is a paragraph, its lines joined with spaces.
 */
export function readChunk(chunk: Chunk): Piece[] {
  const first = chunk.lines.findIndex((line) => listMarker(line) !== undefined)
  if (first !== -1) {
    const pieces: Piece[] = []
    if (first > 0) pieces.push(paragraph(chunk.lines.slice(0, first), chunk.line))
    const lines = chunk.lines.slice(first)
    pieces.push({kind: 'list', items: listLines(lines, chunk.line + first), line: chunk.line + first, source: sourceOf(lines)})
    return pieces
  }
  if (looksLikeLines(chunk.lines)) {
    const intro = (chunk.lines[0]?.trim() ?? '').endsWith(':') && chunk.lines.length > 2 ? 1 : 0
    const lines = chunk.lines.slice(intro)
    const items = lines.map((line, index) => ({ordered: false, number: 1, level: 1, text: collapseSpaces(line), line: chunk.line + intro + index}))
    const list: Piece = {kind: 'list', items, line: chunk.line + intro, source: sourceOf(lines)}
    return intro ? [paragraph(chunk.lines.slice(0, 1), chunk.line), list] : [list]
  }
  if (chunk.lines.length === 1) {
    const text = collapseSpaces(chunk.lines[0] ?? '')
    const credit = parseCreditLine(text)
    if (credit) return [{kind: 'credit', text, credit, line: chunk.line}]
    if (isShortLine(text)) return [{kind: 'short', text, line: chunk.line}]
  }
  return [paragraph(chunk.lines, chunk.line)]
}

/** The text of a piece as it was pasted (spaces collapsed within each line), for the report. */
export function pieceText(piece: Piece): string {
  return piece.kind === 'list' || piece.kind === 'paragraph' ? piece.source : piece.text
}

function looksLikeLines(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.some((line) => line.trim().length > ITEM_MAX_LENGTH)) return false
  return lines.every((line, index) => {
    if (index === 0) return true
    const previous = lines[index - 1] ?? ''
    return startsLikeHeading(line) && (endsWithPunctuation(previous) || isShortLine(previous))
  })
}

function sourceOf(lines: readonly string[]): string {
  return lines.map(collapseSpaces).join('\n')
}

function paragraph(lines: string[], line: number): Piece {
  return {kind: 'paragraph', text: collapseSpaces(lines.join(' ')), line, single: lines.length === 1, source: sourceOf(lines)}
}

function listLines(lines: string[], firstLine: number): ListLine[] {
  const items: ListLine[] = []
  const indents: number[] = []
  lines.forEach((line, index) => {
    const marker = listMarker(line)
    const last = items.at(-1)
    if (!marker) {
      if (last) last.text = collapseSpaces(`${last.text} ${line}`)
      return
    }
    while (indents.length > 0 && (indents.at(-1) ?? 0) > marker.indent) indents.pop()
    if (indents.length === 0 || (indents.at(-1) ?? 0) < marker.indent) indents.push(marker.indent)
    items.push({ordered: marker.ordered, number: marker.number, level: indents.length, text: collapseSpaces(marker.text), line: firstLine + index})
  })
  return items
}
