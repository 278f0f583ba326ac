import type {AppContext} from '../app-env.ts'
import {layout} from '../pages/layout.ts'
import {notFoundPage, serverErrorDocument} from '../pages/error-pages.ts'
import {layoutContext} from './render-page.ts'

/** The 404 page, in the site's layout. */
export async function notFound(c: AppContext): Promise<Response> {
  const context = await layoutContext(c)
  c.header('cache-control', 'public, max-age=60')
  return c.html(layout(context, notFoundPage(c.req.path)), 404)
}

/** The 500 page: logged through `onError`, with no detail shown to the reader. */
export function serverError(error: unknown, c: AppContext): Response {
  const onError = c.get('options')?.onError ?? ((problem: unknown) => console.error(problem))
  onError(error)
  c.header('cache-control', 'no-store')
  return c.html(serverErrorDocument(), 500)
}
