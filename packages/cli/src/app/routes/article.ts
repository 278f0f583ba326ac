import {getArticle, type ContentSource} from '@practice-press/sdk'
import {createRenderCache, type RenderCache} from '@practice-press/sdk/render'

import type {AppContext} from '../app-env.ts'
import {articlePage} from '../pages/article-page.ts'
import {nowOf} from './home.ts'
import {notFound} from './not-found.ts'
import {renderPage} from './render-page.ts'

// Renders are kept per source: a dataset reloaded from disk starts afresh, even where a
// hand edit left `_updatedAt` as it was.
const renderCaches = new WeakMap<ContentSource, RenderCache>()

function renderCacheOf(source: ContentSource): RenderCache {
  let cache = renderCaches.get(source)
  if (!cache) renderCaches.set(source, (cache = createRenderCache()))
  return cache
}

/** `/articles/{slug}`: a published article (drafts and scheduled ones only in preview). */
export async function article(c: AppContext): Promise<Response> {
  const found = await getArticle(c.get('source'), {slug: c.req.param('slug') ?? '', ...nowOf(c)})
  if (!found) return notFound(c)
  return renderPage(c, (context) => articlePage(context, found, {cache: renderCacheOf(c.get('source'))}))
}
