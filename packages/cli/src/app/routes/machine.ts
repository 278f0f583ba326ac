import type {AppContext} from '../app-env.ts'
import {SITE_CSS} from '../styles/site-css.ts'

/** `/health`: 200 with `{status: "ok"}` when the content answers, 503 otherwise. Never cached. */
export async function health(c: AppContext): Promise<Response> {
  c.header('cache-control', 'no-store')
  try {
    await c.get('source').fetch('count(*[_type == "practice"])')
    return c.json({status: 'ok'})
  } catch {
    return c.json({status: 'unavailable'}, 503)
  }
}

/** `/assets/site.css`: the stylesheet. */
export function stylesheet(c: AppContext): Response {
  c.header('cache-control', 'public, max-age=3600')
  c.header('content-type', 'text/css; charset=utf-8')
  return c.body(SITE_CSS)
}
