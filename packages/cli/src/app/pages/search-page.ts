import type {ArticleCard} from './article-cards.ts'
import {html} from '../lib/html.ts'
import {articleCards} from './article-cards.ts'
import type {LayoutContext, PageContent} from './layout.ts'

/** The search page: a form, and the articles that match (none are searched for an empty query). */
export function searchPage(context: LayoutContext, query: string, results: readonly ArticleCard[] | undefined): PageContent {
  return {
    title: query ? `Search: ${query}` : 'Search',
    description: 'Search the articles.',
    canonical: '/search',
    section: 'search',
    main: html`<h1>Search articles</h1>
<form role="search" aria-label="Search the articles" action="/search" method="get" class="search-form">
<label for="search-page-q">Words to look for</label>
<input id="search-page-q" type="search" name="q" value="${query}">
<button type="submit">Search</button>
</form>
${results === undefined
  ? ''
  : html`<p role="status">${results.length === 0 ? html`No articles match “${query}”.` : html`${results.length} ${results.length === 1 ? 'article matches' : 'articles match'} “${query}”.`}</p>
${results.length > 0 ? articleCards(context.source, results) : ''}`}`,
  }
}
