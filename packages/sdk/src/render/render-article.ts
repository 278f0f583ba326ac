import {OptionError} from '../vocabulary/option-error.ts'
import {renderArticleBody, type RenderableArticle} from './article/render-article-body.ts'
import {markdownFromMdast} from './markdown/markdown-from-mdast.ts'
import {renderArticleHtmlFor, type RenderArticleHtmlOptions} from './render-article-html.ts'
import {textFromMdast} from './text/text-from-mdast.ts'

/** The formats {@link renderArticle} writes. */
export type ArticleFormat = 'html' | 'markdown' | 'text'

/** Options for {@link renderArticle}: the format, and the options of {@link renderArticleHtml} (the practice, the cache, those of {@link toHtml}). */
export interface RenderArticleOptions extends RenderArticleHtmlOptions {
  format: ArticleFormat
}

const FORMATS: readonly string[] = ['html', 'markdown', 'text']

/**
 * Renders an article's body as pages and feeds show it: HTML (sanitised), portable
 * Markdown or plain text, followed by the practice's crisis notice unless the article
 * sets `showCrisisNotice: false`. The notice is added to the tree once, so every format
 * carries it. HTML is {@link renderArticleHtml}'s, which a bundle that writes only HTML
 * imports instead (it leaves the Markdown writer out). For Markdown that imports back
 * exactly, use `toMarkdown(body, {lossless: true})`.
 *
 * @example
 * ```ts
 * import {renderArticle} from '@practice-press/sdk/render'
 * const markdown = renderArticle(article, {practice, format: 'markdown', baseUrl: 'https://www.example.com'})
 * ```
 * @throws {OptionError} when `format` is not html, markdown or text, or another option has the wrong type.
 */
export function renderArticle(article: RenderableArticle, options: RenderArticleOptions): string {
  const checked = options ?? ({} as RenderArticleOptions)
  const {format} = checked
  if (!FORMATS.includes(format)) throw new OptionError({fn: 'renderArticle', option: 'options.format', must: 'be "html", "markdown" or "text"', value: format})
  if (format === 'html') return renderArticleHtmlFor(article, checked, 'renderArticle')
  return renderArticleBody(article, format, checked, 'renderArticle', (tree) => (format === 'markdown' ? markdownFromMdast(tree, checked) : textFromMdast(tree, checked)))
}
