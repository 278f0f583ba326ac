import type {Root} from 'hast'

import type {Reporter} from '../../report.ts'
import {splitBlockWrappers} from './block-wrappers.ts'
import {explicitParagraphs} from './explicit-paragraphs.ts'
import {flattenFormatting} from './formatting.ts'
import {splitAtDoubleBreaks} from './line-breaks.ts'
import {unwrapRedirectLinks} from './redirect-links.ts'
import {wordpressShortcodes} from './shortcodes.ts'
import {reportToggles} from './toggles.ts'
import {wordLists} from './word-lists.ts'
import {wordOnline} from './word-online.ts'
import {wordTitles} from './word-titles.ts'

/**
 * Rewrites what editors put on the clipboard (Google Docs, Word desktop and online,
 * LibreOffice, Notion, Medium, WordPress) into the plain HTML that hast-util-to-mdast
 * reads as a browser would show it, in this order: Word online's one-item lists, headings
 * and end marks; Word desktop's `mso-list` paragraphs as lists and its Title paragraph as an `<h1>`; inline wrappers moved
 * into the blocks they wrap; bold and italics from tags and inline styles; paragraphs
 * parted by double line breaks; WordPress `[caption]` shortcodes as figures; toggles
 * reported; text beside blocks in paragraphs of its own; links through Google's and
 * Outlook's redirect wrappers pointed at their real address. Runs after `pruneHtml` (comments, Word's conditional comments included, are
 * gone). Changes `tree`.
 */
export function normalizeClipboard(tree: Root, reporter: Reporter): void {
  wordOnline(tree, reporter)
  wordLists(tree, reporter)
  wordTitles(tree)
  splitBlockWrappers(tree)
  flattenFormatting(tree, reporter)
  splitAtDoubleBreaks(tree)
  wordpressShortcodes(tree, reporter)
  reportToggles(tree, reporter)
  explicitParagraphs(tree)
  unwrapRedirectLinks(tree)
}
