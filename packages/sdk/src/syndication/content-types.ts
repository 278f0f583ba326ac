import type {FeedFormat} from '../routes/url-for.ts'

/**
 * The `Content-Type` each document is served with: RSS (`application/rss+xml`), Atom
 * (`application/atom+xml`, RFC 4287), JSON Feed (`application/feed+json`, JSON Feed 1.1),
 * sitemaps (`application/xml`) and robots.txt (`text/plain`), all UTF-8.
 */
export const SYNDICATION_CONTENT_TYPES: Readonly<Record<FeedFormat | 'sitemap' | 'robots', string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  sitemap: 'application/xml; charset=utf-8',
  robots: 'text/plain; charset=utf-8',
}
