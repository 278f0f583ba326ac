import {parseCreditLine} from '../credit-line.ts'
import type {CreditFields} from '../mdast/image-data.ts'
import {collapseSpaces, type Chunk} from './chunks.ts'
import {isShortLine, listMarker} from './line-shape.ts'

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

/** A chunk of pasted text, read for what it looks like (not yet for what it is). */
export type Piece =
  /** A single short line without final punctuation: a heading, an alt text, a site's name. */
  | {kind: 'short'; text: string; line: number}
  /** A picture credit line: "Photo by ... from ...", "Image: ...". */
  | {kind: 'credit'; text: string; credit: CreditFields; line: number}
  /** Running text: lines joined with spaces. `single` when it was one line. */
  | {kind: 'paragraph'; text: string; line: number; single: boolean}
  /** Lines with bullets or numbers. */
  | {kind: 'list'; items: ListLine[]; line: number}

/**
 * Reads a chunk: lines starting with bullets or numbers are a list (lines without a
 * marker continue the item above; any lines before the first item are a paragraph); a
 * single line is a credit line or a short line if it looks like one; anything else is a
 * paragraph, its lines joined with spaces.
 */
export function readChunk(chunk: Chunk): Piece[] {
  const first = chunk.lines.findIndex((line) => listMarker(line) !== undefined)
  if (first !== -1) {
    const pieces: Piece[] = []
    if (first > 0) pieces.push(paragraph(chunk.lines.slice(0, first), chunk.line))
    pieces.push({kind: 'list', items: listLines(chunk.lines.slice(first), chunk.line + first), line: chunk.line + first})
    return pieces
  }
  if (chunk.lines.length === 1) {
    const text = collapseSpaces(chunk.lines[0] ?? '')
    const credit = parseCreditLine(text)
    if (credit) return [{kind: 'credit', text, credit, line: chunk.line}]
    if (isShortLine(text)) return [{kind: 'short', text, line: chunk.line}]
  }
  return [paragraph(chunk.lines, chunk.line)]
}

/** The text of a piece, as the report quotes it. */
export function pieceText(piece: Piece): string {
  if (piece.kind !== 'list') return piece.text
  return piece.items.map((item) => `${'  '.repeat(item.level - 1)}${item.ordered ? '1.' : '-'} ${item.text}`).join('\n')
}

function paragraph(lines: string[], line: number): Piece {
  return {kind: 'paragraph', text: collapseSpaces(lines.join(' ')), line, single: lines.length === 1}
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
