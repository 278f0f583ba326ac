import type {Reporter} from '../report.ts'
import type {Piece} from './pieces.ts'

/** What the top of a pasted page turned out to hold. */
export interface Masthead {
  /** Short lines that are hero pictures' alt texts, each with the credit line after it, if any. */
  pictures: Array<{alt: Piece & {kind: 'short'}; credit?: Piece & {kind: 'credit'}}>
  /** The pieces that are the article body. */
  body: Piece[]
}

/**
 * Reads the top of a pasted page: the short lines (and credit lines) before the first
 * paragraph or list.
 *
 * - The site's name: when the first line is `siteName`, it is left out.
 * - The title: when, after the site's name, two or more short lines come before the
 *   first paragraph, the first of them is the title; it is left out of the body and
 *   reported (`title`). When the first line was the site's name and no title follows,
 *   the text has no title of its own: reported as `no-title`, naming the first line.
 * - Hero pictures: once the site's name or the title is taken off, the short lines left
 *   before the first paragraph are pictures' alt texts (a credit line after one is its
 *   credit).
 *
 * When nothing is taken off the top, the top is read as the rest of the body is: a single
 * short line before the first paragraph is a heading.
 */
export function readMasthead(pieces: Piece[], siteNames: readonly string[], reporter: Reporter): Masthead {
  const end = pieces.findIndex((piece) => piece.kind === 'paragraph' || piece.kind === 'list')
  const top = end === -1 ? [] : pieces.slice(0, end)
  const first = pieces[0]
  let taken = 0
  let site: Exclude<Piece, {kind: 'list'}> | undefined
  if (first && first.kind !== 'list' && siteNames.some((name) => sameName(name, first.text))) {
    site = first
    taken = 1
  }
  let title: (Piece & {kind: 'short'}) | undefined
  const shortLines = top.slice(taken).filter((piece) => piece.kind === 'short')
  const candidate = top[taken]
  if (shortLines.length >= 2 && candidate?.kind === 'short') {
    title = candidate
    taken++
  }
  if (site && title) {
    reporter.add('site-name', `The first line, "${site.text}", is the site's name: it was left out.`, {line: site.line, column: 1}, site.text)
  } else if (site) {
    reporter.add(
      'no-title',
      `The text has no title of its own: its first line, "${site.text}", is the site's name. Write the article's title in its title field.`,
      {line: site.line, column: 1},
      site.text,
    )
  }
  if (title) {
    reporter.add('title', `The line "${title.text}" was taken as the article's title and left out of the body.`, {line: title.line, column: 1}, title.text)
  }
  if (taken === 0) return {pictures: [], body: pieces}
  const pictures: Masthead['pictures'] = []
  let index = taken
  for (; index < top.length; index++) {
    const piece = top[index]
    if (piece?.kind !== 'short') break
    const next = top[index + 1]
    if (next?.kind === 'credit') {
      pictures.push({alt: piece, credit: next})
      index++
    } else {
      pictures.push({alt: piece})
    }
  }
  return {pictures, body: pieces.slice(index)}
}

function sameName(name: string, line: string): boolean {
  return simpleName(name) !== '' && simpleName(name) === simpleName(line)
}

function simpleName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.:!]$/, '').toLowerCase()
}
