import type {MiddlewareHandler} from 'hono'

import type {AppEnv} from '../app-env.ts'

/**
 * One line per request: method, path, status, milliseconds. Only the path is written,
 * never the query string (where `/preview?secret=` carries the secret) nor any header
 * (where the bearer token travels).
 */
export function accessLog(log: ((line: string) => void) | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!log) return next()
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    log(`${c.req.method} ${printable(c.req.path)} ${c.res.status} ${ms}ms`)
  }
}

/** Control characters would let a request forge log lines: they are escaped. */
function printable(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
