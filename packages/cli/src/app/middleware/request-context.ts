import type {MiddlewareHandler} from 'hono'
import {getCookie} from 'hono/cookie'

import type {AppEnv} from '../app-env.ts'
import type {ResolvedAppOptions} from '../app-options.ts'
import {constantTimeEqual, draftsOf, PREVIEW_COOKIE, PREVIEW_NOW, previewCookieValue} from '../preview.ts'
import {localOrigin, siteBaseUrl} from '../lib/base-url.ts'
import {siteData} from '../site-data.ts'

/** Puts the options, the request's source (drafts only with a valid preview cookie), the site's address and the site data on the context. */
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
    const site = () => siteData(source, preview ? {now: PREVIEW_NOW} : {}, options.pageCacheMs)
    const local = localOrigin(options, c.req.url)
    c.set('site', site)
    c.set('localOrigin', local)
    c.set('baseUrl', siteBaseUrl(options, local, site))
    await next()
  }
}
