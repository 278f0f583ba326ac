import type {BlockContent} from '../generated/sanity.types.ts'

/** One block of an article body, as the schema's `blockContent` describes it. */
export type ImportedBlock = BlockContent[number]

/** A text block: paragraph, heading, quote or list item. */
export type ImportedTextBlock = Extract<ImportedBlock, {_type: 'block'}>

/** A span of text inside a text block. */
export type ImportedSpan = NonNullable<ImportedTextBlock['children']>[number]

/** An annotation of a text block: a `link` or an `internalLink`. */
export type ImportedMarkDef = NonNullable<ImportedTextBlock['markDefs']>[number]

/**
 * What the importer could not map exactly, and why. Every entry names one thing that was
 * changed, left out or left for an editor to finish:
 *
 * - `no-title`: the text's first line is the site's name; the article has no title of its own.
 * - `title`: the first line was taken as the article's title and left out of the body.
 * - `site-name`: the site's name above a title was left out of the body.
 * - `author-bio`: an "About the author" section, kept here (with its text) and not in the body.
 * - `possible-callout`: a paragraph that reads like a callout (an aside in brackets, "Note: ...");
 *   kept as a paragraph.
 * - `heading-level`: a level 1, 5 or 6 heading became h2 or h4.
 * - `image-asset-unresolved`: a picture whose file is not in the dataset yet (the URL, if any,
 *   is in `excerpt`).
 * - `image-no-alt`: a picture without alt text that is not marked decorative.
 * - `image-split`: a picture inside a paragraph became a block of its own.
 * - `table`: a table became one paragraph per row, cells separated by ` | `.
 * - `raw-html`: HTML in Markdown was dropped (never kept, never run).
 * - `dropped-element`: an HTML element with no place in an article (`script`, `style`,
 *   `iframe`, forms, media) was dropped.
 * - `code-block`: a code block became a paragraph in the `code` style.
 * - `thematic-break`: a horizontal rule was dropped.
 * - `strikethrough`: struck-through text was kept without the strike.
 * - `footnote`: a footnote became a paragraph where it was defined.
 * - `list-start`: a numbered list that does not start at 1.
 * - `list-item-content`: a list item held more than one paragraph, or other blocks.
 * - `task-list`: a checklist item lost its check box.
 * - `quote-content`: a quote held something other than paragraphs.
 * - `link-title`: a link's title (tooltip) was dropped.
 * - `unsafe-link`: a link with a scheme other than http, https, mailto and tel was dropped
 *   (its text kept).
 * - `relative-link`: a link without a scheme was kept; the editor asks for a full address.
 * - `empty-link`: a link without text, or without an address.
 * - `picture-link`: a link around a picture was left out (a picture in the article is not a link).
 * - `internal-link-without-page`: an internal link that names no page; its text was kept.
 * - `unknown-directive`: a directive this importer does not know; its text was kept.
 * - `directive-attribute`: an attribute a directive does not know, or a hotspot or crop that is
 *   not four numbers, was left out.
 * - `unknown-block`: a block of a type the schema does not have (restored from `::unknown`).
 * - `formatting-lost`: bold, italics or links inside a plain-text field (callout, pull quote,
 *   alt text, button label) were reduced to plain text.
 * - `callout-tone`: a callout without a known tone became a note.
 * - `definition-unused`: a link definition nothing refers to.
 * - `front-matter-field`: a front matter field that fills no field of the article, or cannot be
 *   read (a date that is no date); `practice-press import` reads front matter into the fields.
 * - `kept-draft`: a post that was a draft where it came from stayed a draft, though the import
 *   publishes; or a published article's draft (made in the Studio) was left as it is.
 * - `image-file`: a picture's local file that cannot be added (missing, not an image, too large).
 * - `front-matter`: front matter at the top of Markdown (YAML, TOML or JSON, after a byte
 *   order mark too), left out of the body; its text is the entry's `excerpt`.
 * - `parse-failed`: the input could not be read as a whole; it was kept as plain paragraphs.
 * - `unsupported-formatting`: underlined or highlighted text (outside links) was kept plain.
 * - `list-level`: a list item more than one level below the item before it was put one level below.
 * - `toggle`: a toggle (`<details>`) was opened out into blocks that are always shown.
 * - `shortcode`: a WordPress shortcode other than `[caption]` was kept as text.
 * - `extension-step`: a block extension without a `fromDirective` step; its directive became a
 *   block of its type with its attributes as fields and its content as `text`.
 */
export type ImportReportKind =
  | 'no-title'
  | 'title'
  | 'site-name'
  | 'author-bio'
  | 'possible-callout'
  | 'heading-level'
  | 'image-asset-unresolved'
  | 'image-no-alt'
  | 'image-split'
  | 'table'
  | 'raw-html'
  | 'dropped-element'
  | 'code-block'
  | 'thematic-break'
  | 'strikethrough'
  | 'footnote'
  | 'list-start'
  | 'list-item-content'
  | 'task-list'
  | 'quote-content'
  | 'link-title'
  | 'unsafe-link'
  | 'relative-link'
  | 'empty-link'
  | 'picture-link'
  | 'internal-link-without-page'
  | 'unknown-directive'
  | 'directive-attribute'
  | 'unknown-block'
  | 'formatting-lost'
  | 'callout-tone'
  | 'definition-unused'
  | 'front-matter'
  | 'front-matter-field'
  | 'image-file'
  | 'kept-draft'
  | 'parse-failed'
  | 'unsupported-formatting'
  | 'list-level'
  | 'toggle'
  | 'shortcode'
  | 'extension-step'

/** One thing the importer could not map exactly. */
export interface ImportReportEntry {
  /** What happened; see {@link ImportReportKind}. */
  kind: ImportReportKind
  /** A sentence for the editor: what was found, what was done, what to do next. */
  message: string
  /** 1-based line in the input where the thing starts, when known. */
  line?: number
  /** 1-based column in the input where the thing starts, when known. */
  column?: number
  /**
   * The text concerned: a heading, a URL, dropped HTML (cut at 200 characters), or, for an
   * author bio, the whole section.
   */
  excerpt?: string
}

/** What every importer returns. */
export interface ImportResult {
  /**
   * The article body: Portable Text of the schema's `blockContent` types, with fresh
   * `_key`s, normalised (adjacent spans with equal marks merged, decorators in the order
   * `strong`, `em`, `code`, annotations after them, only the `markDefs` that are used).
   * A block restored from a lossless `::unknown` directive keeps its own `_type`, which the
   * schema does not know; the report names it (`unknown-block`).
   */
  blocks: ImportedBlock[]
  /** Everything that could not be mapped exactly, in the order of the input. */
  report: ImportReportEntry[]
}

/**
 * Finds the image asset a picture's URL (or path, as written in the input) stands for:
 * the asset document's `_id` (`image-<sha1>-<w>x<h>-<ext>`), or `undefined` when there is
 * none, and the picture stays to be chosen. Called once per picture, synchronously; it
 * must not throw.
 */
export type ImageResolver = (url: string) => string | undefined

/** Makes `_key`s: a function returning a new key on every call. */
export type KeyGenerator = () => string
