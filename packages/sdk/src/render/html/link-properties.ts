import type {Properties} from 'hast'

import {absoluteUrl} from '../lib/absolute-url.ts'
import {isWebUrl} from '../../vocabulary/safe-url.ts'

/** How a link is written. */
export interface LinkPropertiesOptions {
  /** The link asks to open in a new tab. */
  newTab?: boolean | undefined
  /** The site's address: links under its origin are not external, and relative links are resolved against it. */
  baseUrl?: string | undefined
  /** The page's absolute URL: a fragment alone (`#how`) is resolved against it (see `absoluteUrl`). */
  pageUrl?: string | undefined
}

/**
 * An `<a>`'s properties for a safe URL: links that leave the site (http(s), on another
 * origin than `baseUrl`) get `rel="noopener noreferrer"`, and `target="_blank"` when they
 * open in a new tab (the site's own links opening a new tab get `rel="noopener"`). With `baseUrl`, a relative URL becomes absolute, and with `pageUrl` a fragment alone (see `absoluteUrl`).
 */
export function linkProperties(relative: string, options: LinkPropertiesOptions = {}): Properties {
  const url = absoluteUrl(relative, options.baseUrl, options.pageUrl)
  if (!isExternal(url, options.baseUrl)) return options.newTab ? {href: url, rel: ['noopener'], target: '_blank'} : {href: url}
  return options.newTab ? {href: url, rel: ['noopener', 'noreferrer'], target: '_blank'} : {href: url, rel: ['noopener', 'noreferrer']}
}

/**
 * A URL that names a host with no scheme (`//host/x`, or `/\host` and `\\host`, which browsers
 * read the same way, WHATWG URL): it leaves the site as surely as an http(s) URL does.
 */
const NETWORK_PATH = /^[/\\]{2}/

function isExternal(url: string, baseUrl: string | undefined): boolean {
  const networkPath = NETWORK_PATH.test(url)
  if (!isWebUrl(url) && !networkPath) return false
  if (!baseUrl) return true
  try {
    return new URL(url, baseUrl).origin !== new URL(baseUrl).origin
  } catch {
    return true
  }
}
