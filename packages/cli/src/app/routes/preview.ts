import {deleteCookie, setCookie} from 'hono/cookie'

import type {AppContext} from '../app-env.ts'
import {constantTimeEqual, PREVIEW_COOKIE, previewCookieValue} from '../preview.ts'

/**
 * `/preview?secret=...`: with the right secret, sets the preview cookie (HttpOnly,
 * SameSite=Lax; Secure over https) and redirects home. Otherwise 401, and nothing is set.
 * Without a secret configured, preview does not exist (404).
 */
export async function enterPreview(c: AppContext): Promise<Response> {
  const secret = c.get('options').previewSecret
  c.header('cache-control', 'no-store')
  if (!secret) return c.text('Preview is not enabled on this server.', 404)
  const given = c.req.query('secret') ?? ''
  if (!constantTimeEqual(given, secret)) return c.text('Wrong or missing preview secret.', 401)
  setCookie(c, PREVIEW_COOKIE, await previewCookieValue(secret), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 8,
  })
  return c.redirect('/', 303)
}

/** `/preview/exit`: removes the cookie and redirects home. */
export function exitPreview(c: AppContext): Response {
  deleteCookie(c, PREVIEW_COOKIE, {path: '/'})
  c.header('cache-control', 'no-store')
  return c.redirect('/', 303)
}
