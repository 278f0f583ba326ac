import {joinUrl, SITE_ROUTES} from '../routes/url-for.ts'
import {checkBaseUrl} from '../vocabulary/base-url.ts'

/** What {@link toRobotsTxt} reads of the practice: a `practiceQuery` result fits. */
export interface RobotsPractice {
  sampleContent?: boolean | null
}

/**
 * `/robots.txt` (RFC 9309): while the practice says `sampleContent`, every crawler is
 * asked to stay out (`Disallow: /`), so sample articles are never indexed; otherwise
 * everything is allowed but the search page, and the sitemap is named.
 *
 * @example
 * ```ts
 * toRobotsTxt({sampleContent: false}, {baseUrl: 'https://www.example.com'})
 * // 'User-agent: *\nDisallow: /search\n\nSitemap: https://www.example.com/sitemap.xml\n'
 * ```
 * @throws {OptionError} when `baseUrl` is not an absolute http(s) address.
 */
export function toRobotsTxt(practice: RobotsPractice | null | undefined, options: {baseUrl: string}): string {
  const baseUrl = checkBaseUrl(options?.baseUrl, 'toRobotsTxt')
  if (practice?.sampleContent === true) return '# Sample content: not for search engines.\nUser-agent: *\nDisallow: /\n'
  return `User-agent: *\nDisallow: ${SITE_ROUTES.search}\n\nSitemap: ${joinUrl(baseUrl, SITE_ROUTES.sitemap)}\n`
}
