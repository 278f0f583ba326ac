import type {Root as HastRoot} from 'hast'
import type {Schema} from 'hast-util-sanitize'
import type {PluggableList} from 'unified'

import type {ToMdastOptions} from '../mdast/types.ts'
import type {FullToHast, HastHandler} from './hast-state.ts'
import type {ImageUrlBuilder} from './image-url.ts'

/**
 * The `toHtml` options a hast handler renders with: our hast step keeps them on its state
 * (`state.options`), so handlers that depend on them (pictures, links) need no factory.
 */
export function htmlOptionsOf(state: {options?: unknown}): ToHtmlOptions {
  return (state.options ?? {}) as ToHtmlOptions
}

/** A rehype-style plugin: a function that changes the hast tree, or returns a new one. */
export type HastPlugin = (tree: HastRoot) => HastRoot | undefined | void

/** How pictures render. */
export interface HtmlImageOptions {
  /**
   * Builds a resized image's URL. Default {@link defaultImageUrl}: the asset URL with the
   * parameters `imageUrl` gives (own crop as `rect`, `w`). Relative results are resolved
   * against `baseUrl` when it is given.
   */
  imageUrl?: ImageUrlBuilder | undefined
  /** The widths `srcset` offers. Default `[320, 640, 960, 1280, 1600, 1920]` (the SDK's one width list, as `srcset` uses), those not above the original. */
  imageWidths?: readonly number[] | undefined
  /** The `sizes` attribute. Default `100vw`. */
  imageSizes?: string | undefined
  /**
   * How many of the first pictures load at once (`loading="eager"`), the very first also
   * with `fetchpriority="high"`: give `1` when the body's first picture is the page's
   * largest content above the fold. The rest load lazily. Default `0`: every picture lazy.
   */
  eagerImages?: number | undefined
}

/** Options for {@link toHtml}. */
export interface ToHtmlOptions extends ToMdastOptions, HtmlImageOptions {
  /** Put before every heading id, e.g. `user-content-` as GitHub does. Default none. */
  headingIdPrefix?: string | undefined
  /**
   * hast handlers ({@link HastHandler}: `(state, node, parent) => hast`, mdast-util-to-hast's
   * signature with our smaller state) merged over ours, by mdast node type (`link`,
   * `heading`…) or directive key (`::image`, `:::callout`, `::pullquote`, `::cta`, `:internal`…).
   */
  hastHandlers?: Record<string, HastHandler> | undefined
  /** Functions that change the hast tree, in order, before it is sanitised (see `rehypePlugins` for real rehype plugins). */
  plugins?: readonly HastPlugin[] | undefined
  /** rehype plugins (unified's `PluggableList`) run on the hast before the sanitiser, which always runs last. Needs `unified`. */
  rehypePlugins?: PluggableList | undefined
  /**
   * The sanitize schema (hast-util-sanitize) applied last, after plugins. Default
   * {@link sanitizeSchema}. Pass a schema built from it to allow more; `false` turns
   * sanitising off, which is safe only if every plugin and handler you add is.
   */
  sanitize?: Schema | false | undefined
  /**
   * mdast-util-to-hast's `toHast`, for mdast node types the fast step does not build (a GFM
   * `table` from a custom handler). Without it such a node renders its content, with a warning.
   */
  fullToHast?: FullToHast | undefined
}
