import {fromHtml as parseHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'

import {htmlHandlers} from './html/handlers.ts'
import {htmlTextContent} from './html/text-content.ts'
import {pruneHtml} from './html/prune.ts'
import {normalizeClipboard} from './html/clipboard/normalize-clipboard.ts'
import {mdastToPortableText} from './mdast/to-portable-text.ts'
import {checkInput, resolveImportOptions, type ImportOptions} from './options.ts'
import {runImport} from './safe-run.ts'
import type {ImportResult} from './types.ts'

/** Options for {@link fromHtml}. */
export type HtmlImportOptions = ImportOptions

/**
 * Imports HTML, such as a blog post exported from WordPress or what Google Docs, Word,
 * LibreOffice, Notion or Medium put on the clipboard, as Portable Text of the article
 * schema: HTML is parsed (never run), read as a browser shows it (inline wrappers moved into
 * the blocks they wrap, bold and italics from inline styles, Word's list paragraphs as
 * lists; see `normalizeClipboard`), turned into mdast with hast-util-to-mdast, then mapped
 * as {@link fromMarkdown} maps Markdown. Headings `<h1>` to `<h6>` become h2
 * to h4 (reported when the level changes), `<figure>` with `<img alt>` and `<figcaption>`
 * a picture with caption and credit, `<a target="_blank">` a link that opens in a new tab.
 * Scripts, styles, embedded pages, forms and players are dropped and reported; tables are
 * reported. Never throws on any string; throws an `OptionError` on bad options.
 *
 * @param html - An HTML document or fragment.
 * @param options - See {@link ImportOptions}.
 * @returns The blocks and the report.
 *
 * @example
 * ```ts
 * import {fromHtml} from '@practice-press/sdk/import'
 *
 * const {blocks, report} = fromHtml('<h1>Trust</h1><p>It <b>takes</b> time.</p><script>track()</script>')
 * blocks.map((block) => block._type === 'block' ? block.style : block._type) // ['h2', 'normal']
 * report.map((entry) => entry.kind) // ['heading-level', 'dropped-element']
 * ```
 */
export function fromHtml(html: string, options?: HtmlImportOptions): ImportResult {
  checkInput('fromHtml', 'html', html)
  const settings = resolveImportOptions('fromHtml', options)
  return runImport(html, settings.generateKey, (reporter) => {
    const hast = parseHtml(html)
    pruneHtml(hast, reporter, html)
    normalizeClipboard(hast, reporter)
    const mdast = toMdast(hast, {handlers: htmlHandlers}) as Root
    return mdastToPortableText(mdast, {...settings, reporter, source: ''})
  }, htmlTextContent)
}
