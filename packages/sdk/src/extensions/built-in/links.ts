import {internalLink as internalLinkToHast} from '../../render/html/handlers/internal-link.ts'
import {link as linkToHast} from '../../render/html/handlers/link.ts'
import {portableInternalLink, portableLink} from '../../render/markdown/portable.ts'
import {internalLink as internalLinkToMdast} from '../../render/mdast/marks/internal-link.ts'
import {link as linkToMdast} from '../../render/mdast/marks/link.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import type {BlockExtension} from '../types.ts'

/**
 * The `internalLink` annotation: `:internal[text]{ref}`; `<a>` to the page; `[text](url)`.
 * Text directives are read back by the importer's inline step (`:internal`, `:link`), so
 * they have no `fromDirective`; in text they are their text.
 */
export const internalLink: BlockExtension = {
  type: 'internalLink',
  directive: DIRECTIVES.internalLink,
  toMdast: internalLinkToMdast,
  toHast: internalLinkToHast,
  toPortableMarkdown: portableInternalLink,
  toText: (node: never, text) => [text.phrasing(node)],
}

/** The `link` annotation: a plain mdast `link`, or `:link[text]{href newTab}` when it opens in a new tab. */
export const link: BlockExtension = {
  type: 'link',
  directive: DIRECTIVES.link,
  toMdast: linkToMdast,
  toHast: linkToHast,
  toPortableMarkdown: portableLink,
  toText: (node: never, text) => [text.phrasing(node)],
}
