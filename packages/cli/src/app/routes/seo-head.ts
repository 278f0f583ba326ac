import type {AppContext} from '../app-env.ts'
import type {FullArticle} from '../pages/article-page.ts'
import {html, type SafeHtml} from '../lib/html.ts'

/** What a page is about, for its meta tags and JSON-LD. */
export interface SeoSubject {
  article?: FullArticle
}

/**
 * The head slot of a page: Open Graph and Twitter meta tags and JSON-LD, written by the
 * SDK's SEO module (`@practice-press/sdk/syndication`) once it lands. Until then: nothing.
 */
export async function seoHead(_c: AppContext, _subject: SeoSubject): Promise<SafeHtml> {
  return html``
}
