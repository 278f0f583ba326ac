import type {MiddlewareHandler} from 'hono'
import {getCookie} from 'hono/cookie'

import type {AppEnv} from '../app-env.ts'
import type {ResolvedAppOptions} from '../app-options.ts'
import {constantTimeEqual, draftsOf, PREVIEW_COOKIE, PREVIEW_NOW, previewCookieValue} from '../preview.ts'
import {siteData} from '../site-data.ts'

/** Puts the options, the request's source (drafts only with a valid preview cookie), the base URL and the site data on the context. */
export function requestContext(options: ResolvedAppOptions): MiddlewareHandler<AppEnv> {
  let expectedCookie: Promise<string> | undefined
  return async (c, next) => {
    const cookie = options.previewSecret ? getCookie(c, PREVIEW_COOKIE) : undefined
    let preview = false
    if (cookie && options.previewSecret) {
      expectedCookie ??= previewCookieValue(options.previewSecret)
      preview = constantTimeEqual(cookie, await expectedCookie)
    }
    const published = options.currentSource()
    const source = preview ? draftsOf(published) : published
    c.set('options', options)
    c.set('preview', preview)
    c.set('source', source)
    c.set('baseUrl', options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : originOf(c.req.url))
    c.set('site', () => siteData(source, preview ? {now: PREVIEW_NOW} : {}, options.pageCacheMs))
    await next()
  }
}

/** `http://host:port` of an absolute URL, without parsing all of it (this runs on every request). */
function originOf(url: string): string {
  const end = url.indexOf('/', url.indexOf('//') + 2)
  return end === -1 ? url : url.slice(0, end)
}
