import type {Root} from 'mdast'

import type {ToMdastOptions} from '../mdast/types.ts'
import type {PortableTextInput} from '../portable-text.ts'
import {toMdastFor} from '../to-mdast.ts'
import {resolveOnWarning} from '../warning.ts'
import {appendCrisisNotice, type CrisisResources} from './crisis-notice.ts'
import type {RenderCache} from './render-cache.ts'
import {renderCacheKey} from './render-cache-key.ts'

/** What an article renderer reads of an article: an `articleBySlugQuery` or `articleFeedQuery` result fits. */
export interface RenderableArticle {
  _id?: string
  _rev?: string
  _updatedAt?: string
  body?: PortableTextInput
  /** Whether the practice's crisis notice follows the text. Default `true`. */
  showCrisisNotice?: boolean | null
}

/** What an article renderer reads of the practice's settings: a `practiceQuery` result fits. */
export interface RenderablePractice {
  crisisResources?: CrisisResources | null
}

/** The options every format of an article render reads here: the practice, the cache, and those of `toMdast`. */
interface ArticleBodyOptions extends ToMdastOptions {
  practice?: RenderablePractice | null | undefined
  cache?: RenderCache | undefined
}

/**
 * The steps every article format shares: the body as mdast, the practice's crisis notice
 * appended unless the article sets `showCrisisNotice: false`, written by `write` (the
 * format's serializer), and kept in `options.cache` under the article's revision, the
 * format and the options. `renderArticleHtml` and `renderArticle` differ only in `write`,
 * so an HTML-only bundle carries no Markdown writer. `fn` is the public function called,
 * for option errors.
 */
export function renderArticleBody(article: RenderableArticle, format: string, options: ArticleBodyOptions, fn: string, write: (tree: Root) => string): string {
  const {practice, cache} = options
  const withNotice = article?.showCrisisNotice !== false
  const key = cache ? renderCacheKey(article, format, withNotice ? practice?.crisisResources : undefined, options) : undefined
  const cached = key === undefined ? undefined : cache?.get(key)
  if (cached !== undefined) return cached

  const tree = toMdastFor(article?.body, options, fn)
  if (withNotice) appendCrisisNotice(tree, practice?.crisisResources, resolveOnWarning(options.onWarning, fn))
  const output = write(tree)
  if (key !== undefined) cache?.set(key, output)
  return output
}
