import {internalLink as internalLinkToHast} from '../../render/html/handlers/internal-link.ts'
import {link as linkToHast} from '../../render/html/handlers/link.ts'
import {portableInternalLink, portableLink} from '../../render/markdown/portable.ts'
import {internalLink as internalLinkToMdast} from '../../render/mdast/marks/internal-link.ts'
import {link as linkToMdast} from '../../render/mdast/marks/link.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import {addSteps} from '../add-steps.ts'
import type {BlockExtension} from '../types.ts'

/** The `internalLink` annotation as HTML needs it: `:internal[text]{ref}`, then an `<a>` to the page. */
export const internalLinkForHtml: BlockExtension = {type: 'internalLink', directive: DIRECTIVES.internalLink, toMdast: internalLinkToMdast, toHast: internalLinkToHast}

/**
 * The `internalLink` annotation in every stage: `:internal[text]{ref}`; `<a>` to the page;
 * `[text](url)`; its text. Text directives are read back by the importer's inline step
 * (`:internal`, `:link`), so they have no `fromDirective`.
 */
export const internalLink: BlockExtension = /* @__PURE__ */ addSteps(internalLinkForHtml, {
  toPortableMarkdown: portableInternalLink,
  toText: (node: never, text) => [text.phrasing(node)],
})

/** The `link` annotation as HTML needs it: a plain mdast `link`, or `:link[text]{href newTab}` when it opens in a new tab. */
export const linkForHtml: BlockExtension = {type: 'link', directive: DIRECTIVES.link, toMdast: linkToMdast, toHast: linkToHast}

/** The `link` annotation in every stage: as HTML; `[text](url)`; its text. */
export const link: BlockExtension = /* @__PURE__ */ addSteps(linkForHtml, {
  toPortableMarkdown: portableLink,
  toText: (node: never, text) => [text.phrasing(node)],
})
