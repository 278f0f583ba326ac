import type {Nodes} from 'mdast'

import type {DirectiveHandler} from '../import/mdast/state.ts'
import type {HastHandler} from '../render/html/hast-state.ts'
import type {Handler, MarkHandler} from '../render/mdast/types.ts'
import type {DirectiveSpec} from '../vocabulary/directives.ts'

/** What a text step gets to turn content into text: the helpers plain text uses itself. */
export interface TextHelpers {
  /** Block-level nodes as text blocks (one string per paragraph of the output). */
  blocks(nodes: readonly Nodes[]): string[]
  /** Phrasing content (a paragraph, a directive's label) as one string, line breaks as `\n`. */
  phrasing(node: Nodes): string
}

/**
 * One block type (or annotation, for a text directive) from Portable Text to every output
 * and back, in one object, as mdast-util-to-markdown's `configure` takes one extension per
 * syntax. Render and import take a list of these (`extensions`), merged over the built-in
 * ones by `type`; every stage's map is derived from the list, and each directive is keyed by
 * its computed key (`::pullquote`), never a string typed twice.
 *
 * The stages, in the order content goes through them:
 *
 * | step | from | to | used by | when left out |
 * |---|---|---|---|---|
 * | `toMdast` | the Portable Text block (a mark's children for a text directive) | a directive node | every output | the directive with the block's same-named string fields as attributes, `text` as its content |
 * | `toHast` | the directive | hast (a {@link HastHandler}, which also runs under remark-rehype) | `toHtml`, `renderArticle` html | its content as HTML |
 * | `toPortableMarkdown` | the directive | plain mdast | `toMarkdown`, `renderArticle` markdown | its content |
 * | `toText` | the directive | text blocks | `toText`, `renderArticle` text, excerpts | its content as text |
 * | (lossless Markdown) | the directive | `::name[label]{attributes}` | `toMarkdown({lossless: true})` | (never needed) |
 * | `fromDirective` | the directive read from Markdown | Portable Text blocks | `fromMarkdown` | a block of `type` with the known attributes as fields and the content as `text` |
 * | (text directive) | `:name[text]{…}` read from Markdown | a `markDefs` entry of `type`, its known attributes as fields | `fromMarkdown` | (always this) |
 *
 * A stage left out falls back to the default in the last column, with a warning
 * (`onWarning` in render, an `extension-step` report entry in import): never a crash.
 *
 * Each directive name is one type's, whatever its kind, and the SDK's own (`empty`,
 * `unknown`, `crisis-notice`, `br`) are no extension's: render and import refuse an
 * `extensions` list that breaks this, with an `OptionError`. To write an extension object
 * in TypeScript, annotate it as a {@link BlockLevelExtension} or {@link AnnotationExtension}.
 */
export interface BlockExtension {
  /** The Portable Text `_type` (`faq`), an identifier; for a text directive, the annotation's `_type`. */
  type: string
  /** How the block is written as a directive: kind, name and attributes in order. */
  directive: DirectiveSpec
  /** Portable Text to mdast: a block {@link Handler}, or for a text directive a {@link MarkHandler}. */
  toMdast?: Handler | MarkHandler
  /** The directive to hast: `(state, node, parent) => hast`, with our {@link HastState}; it runs under remark-rehype too. */
  toHast?: HastHandler
  /** The directive to plain mdast for portable Markdown (no directives left): the nodes that replace it. */
  toPortableMarkdown?: (node: never) => Nodes[]
  /** The directive to text blocks. */
  toText?: (node: never, text: TextHelpers) => string[]
  /** A leaf or container directive read from Markdown back to Portable Text blocks. */
  fromDirective?: DirectiveHandler
}

/**
 * A {@link BlockExtension} for a block (a leaf or container directive), its `toMdast` a
 * block {@link Handler}. Annotate an extension object with this type rather than
 * `BlockExtension` so that TypeScript checks `toMdast` against one signature and keeps the
 * literal `type: 'containerDirective'` it returns (with `BlockExtension`, whose `toMdast`
 * may be either kind of handler, the literal widens to `string` and fails to compile).
 */
export interface BlockLevelExtension extends Omit<BlockExtension, 'directive' | 'toMdast'> {
  directive: DirectiveSpec & {kind: 'leaf' | 'container'}
  /** Portable Text to mdast: the block to its directive node. */
  toMdast?: Handler
}

/** A {@link BlockExtension} for an annotation (a text directive), its `toMdast` a {@link MarkHandler}. */
export interface AnnotationExtension extends Omit<BlockExtension, 'directive' | 'toMdast'> {
  directive: DirectiveSpec & {kind: 'text'}
  /** Portable Text to mdast: the marked text to its text directive node. */
  toMdast?: MarkHandler
}

/** The steps an extension may give. */
export type ExtensionStep = 'toMdast' | 'toHast' | 'toPortableMarkdown' | 'toText' | 'fromDirective'
