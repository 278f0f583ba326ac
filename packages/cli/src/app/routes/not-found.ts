import type {AppContext} from '../app-env.ts'
import {layout} from '../pages/layout.ts'
import {notFoundPage, serverErrorDocument} from '../pages/error-pages.ts'
import {layoutContext} from './render-page.ts'

/**
 * The 404 page, in the site's layout. It states its length, so a `HEAD` (whose body Hono
 * drops) gets the `Content-Length` and the compression its `GET` gets.
 */
export async function notFound(c: AppContext): Promise<Response> {
  const context = await layoutContext(c)
  const html = layout(context, notFoundPage())
  c.header('cache-control', 'public, max-age=60')
  c.header('content-length', String(new TextEncoder().encode(html).length))
  return c.html(html, 404)
}

/** The 500 page: logged through `onError`, with no detail shown to the reader. */
export function serverError(error: unknown, c: AppContext): Response {
  const onError = c.get('options')?.onError ?? ((problem: unknown) => console.error(problem))
  onError(error)
  c.header('cache-control', 'no-store')
  return c.html(serverErrorDocument(), 500)
}
