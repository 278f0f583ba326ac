import type {Properties} from 'hast'

import {isWebUrl} from '../lib/safe-url.ts'

/**
 * An `<a>`'s properties for a safe URL: links that leave the site (http(s)) get
 * `rel="noopener noreferrer"`, and `target="_blank"` when they open in a new tab.
 */
export function linkProperties(url: string, openInNewTab = false): Properties {
  if (!isWebUrl(url)) return {href: url}
  return openInNewTab
    ? {href: url, rel: ['noopener', 'noreferrer'], target: '_blank'}
    : {href: url, rel: ['noopener', 'noreferrer']}
}
