import type {Reporter} from '../report.ts'
import {pieceText, type Piece} from './pieces.ts'

/** "About the author", "About the Author:", "About the writer" at the start of a piece. */
const ABOUT_THE_AUTHOR = /^about the (?:author|writer)\b/i

/**
 * Cuts the "About the author" section out of the article. On a web page the author box
 * comes after the article, and whatever follows it (the author's card, a contact box) is
 * the page's, not the article's: so in the second half of the text, the section runs
 * from the piece that starts with those words to the end. In the first half (an author
 * box above the article), it is that piece alone, with the paragraph after it when the
 * piece is a heading line ("About the author" on its own). The section is reported as
 * `author-bio`, with its whole text (pieces separated by a blank line), so it can go to
 * the author's profile.
 */
export function cutAuthorSection(pieces: Piece[], reporter: Reporter): Piece[] {
  const start = pieces.findIndex((piece) => piece.kind !== 'list' && ABOUT_THE_AUTHOR.test(piece.text))
  const first = pieces[start]
  if (!first) return pieces
  const onTop = start < pieces.length / 2
  const end = !onTop ? pieces.length : first.kind === 'short' && pieces[start + 1]?.kind === 'paragraph' ? start + 2 : start + 1
  const section = pieces.slice(start, end)
  reporter.add(
    'author-bio',
    `The "About the author" section (${section.length} ${section.length === 1 ? 'block' : 'blocks'} of text${onTop ? '' : ', up to the end'}) was left out of the article: it belongs on the author's profile.`,
    {line: first.line, column: 1},
    section.map(pieceText).join('\n\n'),
  )
  return [...pieces.slice(0, start), ...pieces.slice(end)]
}
