import type {AppContext} from '../app-env.ts'
import {layout, type LayoutContext, type PageContent} from '../pages/layout.ts'

/** Cache-Control of HTML pages: browsers and shared caches may keep a page a minute, and serve it stale while they revalidate. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/** The layout's context for this request. */
export async function layoutContext(c: AppContext): Promise<LayoutContext> {
  return {site: await c.get('site')(), source: c.get('source'), baseUrl: await c.get('baseUrl')(), preview: c.get('preview')}
}

/** Writes a page in the layout as the response. */
export async function renderPage(c: AppContext, build: (context: LayoutContext) => PageContent | Promise<PageContent>, status: 200 | 404 = 200): Promise<Response> {
  const context = await layoutContext(c)
  const document = layout(context, await build(context))
  c.header('cache-control', status === 200 ? PAGE_CACHE_CONTROL : 'public, max-age=60')
  return c.html(document, status)
}
