import {htmlFromMdastFor} from './html/html-from-mdast.ts'
import type {ToHtmlOptions} from './html/options.ts'
import type {PortableTextInput} from './portable-text.ts'
import {toMdastFor} from './to-mdast.ts'

/**
 * Renders Portable Text as HTML, safe by default: Portable Text -> mdast (one handler per
 * type) -> hast (mdast-util-to-hast) -> plugins -> sanitised (hast-util-sanitize with
 * {@link sanitizeSchema}, always last unless `sanitize: false`) -> HTML. Text is always
 * text; links and images keep only http(s), mailto: and tel: (links) or http(s)
 * (images) and relative URLs. Headings get GitHub-style ids; pictures a `<figure>` with
 * `srcset`; callouts an `<aside role="note">`. Unknown types are left out and reported
 * through `onWarning`. Adds nothing around the blocks (see `renderArticle`).
 *
 * @example
 * ```ts
 * import {toHtml} from '@practice-press/sdk/render'
 * toHtml([{_type: 'block', style: 'h2', children: [{_type: 'span', text: 'Why listen?'}]}])
 * // '<h2 id="why-listen">Why listen?</h2>'
 * ```
 * @throws {OptionError} when an option has the wrong type (naming the option).
 */
export function toHtml(blocks: PortableTextInput, options: ToHtmlOptions = {}): string {
  return htmlFromMdastFor(toMdastFor(blocks, options, 'toHtml'), options, 'toHtml')
}
