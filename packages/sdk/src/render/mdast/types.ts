import type {List, ListItem, PhrasingContent, RootContent} from 'mdast'

import type {PluggableList} from 'unified'

import type {BlockExtension} from '../../extensions/types.ts'
import type {UnifiedFactory} from '../../plugins/run-plugins.ts'
import type {Routes} from '../../routes/create-routes.ts'
import type {Routable} from '../../routes/url-for.ts'
import type {PortableTextBlock} from '../portable-text.ts'
import type {OnWarning, Path} from '../warning.ts'

/**
 * Turns one Portable Text block (or list, or list item) into mdast. Returns nothing to drop
 * the block. Receives the block as it is in the input: check each field before use.
 */
export type Handler = (value: never, state: ToMdastState) => RootContent | RootContent[] | ListItem | undefined

/** Handlers by block `_type`, plus `list` and `listItem` for grouped list blocks. */
export type Handlers = Record<string, Handler>

/** A mark as a mark handler sees it. */
export interface MarkContext {
  /** The name in the span's `marks`: a decorator name or a `markDefs` `_key`. */
  name: string
  /** The annotation's data, for marks that name a `markDefs` entry. */
  definition?: {_type: string; _key: string; [field: string]: unknown}
  /** Where the mark is defined: the block, or its `markDefs` entry. */
  path: Path
}

/**
 * Wraps the phrasing content a mark covers: `strong` gives `{type: 'strong', children}`.
 * Returns nothing to leave the content unmarked. The `code` handler is applied to each
 * span's own text (mdast `inlineCode` holds no children), so code is always innermost.
 */
export type MarkHandler = (
  children: PhrasingContent[],
  mark: MarkContext,
  state: ToMdastState,
) => PhrasingContent | PhrasingContent[] | undefined

/** Mark handlers by decorator name or annotation `_type`. */
export type MarkHandlers = Record<string, MarkHandler>

/** Consecutive list blocks of one kind at one level, with the lists nested in their items. */
export interface ListGroup {
  /** The blocks' `listItem` (`bullet`, `number`, or what the content says). */
  listItem: string
  level: number
  items: ListItemGroup[]
}

/** One list block and the lists nested under it; without `block`, an item standing for a skipped level. */
export interface ListItemGroup {
  block?: PortableTextBlock
  /** The block's index in the input (for a skipped level, the index of the block that skipped it). */
  index: number
  lists: ListGroup[]
}

/** Options for {@link toMdast}, shared by every renderer. */
export interface ToMdastOptions {
  /** Block handlers from Portable Text to mdast, by `_type`, merged over `toMdastHandlers` (`block`, `list`, `listItem`, `imageWithCredit`, `callout`, `pullQuote`, `callToAction`). */
  handlers?: Handlers | undefined
  /** Mark handlers from Portable Text marks to mdast, merged over `toMdastMarks` (`strong`, `em`, `code`, `link`, `internalLink`). */
  marks?: MarkHandlers | undefined
  /** Receives a warning for each unknown type and unusable value. Default `console.warn`; `false` silences. */
  onWarning?: OnWarning | false | undefined
  /**
   * The site's address, for internal links (`urlFor`); HTML treats links under it as the
   * site's own (no `rel="noopener noreferrer"`). Without it, internal links are root-relative.
   */
  baseUrl?: string | undefined
  /**
   * The absolute URL of the page this body belongs to (the article's own page), for output
   * read elsewhere (a feed item, a cross-post, an email): a link to a fragment alone
   * (`#how`, a heading) becomes `{pageUrl}#how`, so a reader does not resolve it against the
   * feed's URL. Without it, fragment links stay relative, as the page itself wants them.
   */
  pageUrl?: string | undefined
  /**
   * The site's routes for internal links and calls to action (`createRoutes({...})` or a
   * function `(doc) => path`). Default: `/articles/{slug}`, `/topics/{slug}`, ...
   */
  routes?: Routes | undefined
  /**
   * Maps a reference `_ref` to the document it points at, for internal links and calls to
   * action that carry no `target` (content not fetched with the SDK's queries). Return a
   * routable document (`{_type, slug}`), a URL, or `undefined` when unknown.
   */
  resolveReference?: (ref: string) => Routable | string | null | undefined
  /**
   * Keep text blocks with no visible text (not list items) as the leaf directive
   * `::empty{style}` instead of leaving them out. `toMarkdown` sets it for lossless
   * Markdown, so such blocks import back. Default `false`.
   */
  emptyBlocks?: boolean | undefined
  /**
   * Block types (and annotations) beyond the built-in ones, one object each with its step
   * for every stage, merged over the built-in extensions by `type`
   * (docs/adding-a-block-type.md). `handlers` and `marks` still win over them.
   */
  extensions?: readonly BlockExtension[] | undefined
  /** remark plugins (unified's `PluggableList`) run on the mdast before every output. Needs `unified`. */
  remarkPlugins?: PluggableList | undefined
  /** `unified` from the unified package, for `remarkPlugins` and `rehypePlugins`; nothing of it runs without plugins. */
  unified?: UnifiedFactory | undefined
}

/** What handlers get besides the value: helpers, the current path and the options. */
export interface ToMdastState {
  /** The path of the block being handled. */
  path: Path
  handlers: Handlers
  marks: MarkHandlers
  options: ToMdastOptions
  /** Reports a warning (at `path`, or the current block's path). */
  warn(type: string, message: string, path?: Path): void
  /** A text block's spans as mdast phrasing content, marks applied. */
  phrasing(block: PortableTextBlock): PhrasingContent[]
  /** A list group as an mdast list, through the `list` handler. */
  list(group: ListGroup): List | undefined
  /** A list item, through the `listItem` handler. */
  listItem(item: ListItemGroup): ListItem | undefined
  /** The safe URL of an internal link's target (`target`, else `resolveReference(ref)`). */
  linkUrl(target: unknown, ref: string | undefined): string | undefined
}
