import type {RenderCache} from './article/render-cache.ts'
import {renderArticleBody, type RenderableArticle, type RenderablePractice} from './article/render-article-body.ts'
import {htmlFromMdastFor} from './html/html-from-mdast.ts'
import type {ToHtmlOptions} from './html/options.ts'
import {OptionError} from '../vocabulary/option-error.ts'

/** Options for {@link renderArticleHtml}: the practice, the cache, and the options of {@link toHtml}. */
export interface RenderArticleHtmlOptions extends ToHtmlOptions {
  /** The practice's settings, for the crisis notice. */
  practice: RenderablePractice | null | undefined
  /** Keeps renders by `_id`, `_rev` (or `_updatedAt`), format and every option that changes the output; see {@link createRenderCache}. */
  cache?: RenderCache | undefined
}

/**
 * Renders an article's body as a page shows it: sanitised HTML (as {@link toHtml} writes
 * it), followed by the practice's crisis notice unless the article sets
 * `showCrisisNotice: false`. The same output as `renderArticle(article, {format: 'html'})`
 * (which calls it), and the same cache entries, without the Markdown and text writers: a
 * browser bundle that renders only HTML imports this one.
 *
 * @example
 * ```ts
 * import {renderArticleHtml} from '@practice-press/sdk/render'
 * const html = renderArticleHtml(article, {practice, baseUrl: 'https://www.example.com'})
 * ```
 * @throws {OptionError} when `format` is given and is not `html`, or another option has the wrong type.
 */
export function renderArticleHtml(article: RenderableArticle, options: RenderArticleHtmlOptions): string {
  return renderArticleHtmlFor(article, options, 'renderArticleHtml')
}

/** {@link renderArticleHtml}, its option errors naming `fn` (`renderArticle` calls it so). */
export function renderArticleHtmlFor(article: RenderableArticle, options: RenderArticleHtmlOptions, fn: string): string {
  const checked = options ?? ({} as RenderArticleHtmlOptions)
  const {format} = checked as {format?: unknown}
  if (format !== undefined && format !== 'html') {
    throw new OptionError({fn, option: 'options.format', must: 'be "html" or left out (renderArticle writes markdown and text)', value: format})
  }
  return renderArticleBody(article, 'html', checked, fn, (tree) => htmlFromMdastFor(tree, checked, fn))
}
