import {OptionError} from '../vocabulary/option-error.ts'
import {appendCrisisNotice, type CrisisResources} from './article/crisis-notice.ts'
import type {RenderCache} from './article/render-cache.ts'
import {renderCacheKey} from './article/render-cache-key.ts'
import {htmlFromMdastFor} from './html/html-from-mdast.ts'
import type {ToHtmlOptions} from './html/options.ts'
import {markdownFromMdast} from './markdown/markdown-from-mdast.ts'
import type {PortableTextInput} from './portable-text.ts'
import {textFromMdast} from './text/text-from-mdast.ts'
import {toMdastFor} from './to-mdast.ts'
import {resolveOnWarning} from './warning.ts'

/** The formats {@link renderArticle} writes. */
export type ArticleFormat = 'html' | 'markdown' | 'text'

/** What {@link renderArticle} reads of an article: an `articleBySlugQuery` or `articleFeedQuery` result fits. */
export interface RenderableArticle {
  _id?: string
  _rev?: string
  _updatedAt?: string
  body?: PortableTextInput
  /** Whether the practice's crisis notice follows the text. Default `true`. */
  showCrisisNotice?: boolean | null
}

/** What {@link renderArticle} reads of the practice's settings: a `practiceQuery` result fits. */
export interface RenderablePractice {
  crisisResources?: CrisisResources | null
}

/** Options for {@link renderArticle}: the format, the practice, and the options of {@link toHtml}. */
export interface RenderArticleOptions extends ToHtmlOptions {
  format: ArticleFormat
  /** The practice's settings, for the crisis notice. */
  practice: RenderablePractice | null | undefined
  /** Keeps renders by `_id`, `_rev` (or `_updatedAt`), format and every option that changes the output; see {@link createRenderCache}. */
  cache?: RenderCache | undefined
}

const FORMATS: readonly string[] = ['html', 'markdown', 'text']

/**
 * Renders an article's body as pages and feeds show it: HTML (sanitised), portable
 * Markdown or plain text, followed by the practice's crisis notice unless the article
 * sets `showCrisisNotice: false`. The notice is added to the tree once, so every format
 * carries it. For Markdown that imports back exactly, use `toMarkdown(body, {lossless: true})`.
 *
 * @example
 * ```ts
 * import {renderArticle} from '@practice-press/sdk/render'
 * const html = renderArticle(article, {practice, format: 'html', baseUrl: 'https://www.example.com'})
 * ```
 * @throws {OptionError} when `format` is not html, markdown or text, or another option has the wrong type.
 */
export function renderArticle(article: RenderableArticle, options: RenderArticleOptions): string {
  const {format, practice, cache} = options ?? ({} as RenderArticleOptions)
  if (!FORMATS.includes(format)) throw new OptionError({fn: 'renderArticle', option: 'options.format', must: 'be "html", "markdown" or "text"', value: format})
  const withNotice = article?.showCrisisNotice !== false
  const key = cache ? renderCacheKey(article, format, withNotice ? practice?.crisisResources : undefined, options) : undefined
  const cached = key === undefined ? undefined : cache?.get(key)
  if (cached !== undefined) return cached

  const tree = toMdastFor(article?.body, options, 'renderArticle')
  if (withNotice) appendCrisisNotice(tree, practice?.crisisResources, resolveOnWarning(options.onWarning, 'renderArticle'))
  const output = format === 'html' ? htmlFromMdastFor(tree, options, 'renderArticle') : format === 'markdown' ? markdownFromMdast(tree, options) : textFromMdast(tree, options)
  if (key !== undefined) cache?.set(key, output)
  return output
}
