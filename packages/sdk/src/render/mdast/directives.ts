/**
 * Custom Portable Text types live in the mdast tree as directives (mdast-util-directive),
 * exactly as lossless Markdown writes them (`docs/portable-text-and-markdown.md`):
 *
 * | Portable Text | node | key |
 * |---|---|---|
 * | `imageWithCredit` | leaf `image`, label = alt, `{ref caption creditName creditSource creditUrl decorative hotspot crop}` | `::image` |
 * | `callout` | container `callout{tone}` holding paragraphs | `:::callout` |
 * | `pullQuote` | leaf `pullquote`, label = text, `{attribution}` | `::pullquote` |
 * | `callToAction` | leaf `cta`, label, `{href}` or `{ref}` | `::cta` |
 * | `link` with `openInNewTab` | text `link{href newTab="true"}` | `:link` |
 * | `internalLink` | text `internal{ref}` | `:internal` |
 * | unknown block | leaf `unknown{type json}` | `::unknown` |
 * | the crisis notice (`renderArticle`) | container `crisis-notice{heading}` holding paragraphs | `:::crisis-notice` |
 *
 * What an output needs beyond the attributes (an image's URL and size, a link's resolved
 * URL) is kept in `data.practicePress`, which serialisers ignore. Nothing here augments
 * the `mdast` module's types.
 */
import type {Data} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'

export {directiveKey} from '../../vocabulary/directives.ts'

/** Any directive node. */
export type Directive = ContainerDirective | LeafDirective | TextDirective

/** What the HTML and portable Markdown outputs need about an image. */
export interface ResolvedImage {
  /** The asset's safe URL (http(s) or relative). */
  url?: string
  /** The original width and height in pixels. */
  width?: number
  height?: number
  hotspot?: {x: number; y: number; height: number; width: number}
  crop?: {top: number; bottom: number; left: number; right: number}
}

/** Where a call to action or an internal link leads: a safe URL, when known. */
export interface ResolvedLink {
  url?: string
}


/** The resolved data the renderer keeps on a directive. */
export function resolvedOf<Value extends ResolvedImage | ResolvedLink>(node: Directive): Value | undefined {
  return (node.data as {practicePress?: Value} | undefined)?.practicePress
}

/** Keeps resolved data on a directive (`data.practicePress`). */
export function withResolved<Node extends Directive>(node: Node, value: ResolvedImage | ResolvedLink): Node {
  node.data = {...node.data, practicePress: value} as unknown as Data
  return node
}
