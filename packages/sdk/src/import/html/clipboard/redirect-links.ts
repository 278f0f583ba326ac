import type {Root} from 'hast'

import {eachElement} from './inline.ts'

/**
 * Redirect wrappers that editors and mail put around links, and the parameter that holds
 * the real address: Google's (`https://www.google.com/url?q=…`, in Google Docs' "Download
 * as web page" HTML and in Gmail) and Outlook's Safe Links
 * (`https://eur01.safelinks.protection.outlook.com/?url=…`, in Word documents written from
 * mail).
 */
const REDIRECTS: readonly {host: RegExp; path: RegExp; param: string}[] = [
  // google.com, and its country domains: google.de, google.co.uk, google.com.au.
  {host: /^(www\.)?google\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/, path: /^\/url$/, param: 'q'},
  {host: /^[a-z\d-]+\.safelinks\.protection\.outlook\.com$/, path: /^\/$/, param: 'url'},
]

/**
 * A link through a known redirect wrapper ({@link REDIRECTS}) points at its real address
 * instead, when that is an http(s) URL; the wrapper's tracking parameters go with it.
 * Any other link is left as it is. Changes `tree`.
 */
export function unwrapRedirectLinks(tree: Root): void {
  eachElement(tree, (element) => {
    if (element.tagName !== 'a' || typeof element.properties.href !== 'string') return
    const target = unwrapped(element.properties.href)
    if (target) element.properties.href = target
  })
}

function unwrapped(href: string): string | undefined {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return undefined
  }
  const redirect = REDIRECTS.find(({host, path}) => /^https?:$/.test(url.protocol) && host.test(url.hostname) && path.test(url.pathname))
  const target = redirect ? url.searchParams.get(redirect.param) : null
  return target && /^https?:\/\/[^/\s]/i.test(target) ? target : undefined
}
