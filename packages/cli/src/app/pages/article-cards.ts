import {urlFor, type ArticlesPageQueryResult, type ContentSource} from '@practice-press/sdk'

import {formatDate, isoDay} from '../lib/dates.ts'
import {html, type SafeHtml} from '../lib/html.ts'
import {picture} from './picture.ts'

/** A card as listing queries return it. */
export type ArticleCard = ArticlesPageQueryResult[number]

/** Cards for a list of articles; `headingLevel` keeps the page's outline (h2 under the page's h1). */
export function articleCards(source: ContentSource, articles: readonly ArticleCard[], headingLevel: 2 | 3 = 2): SafeHtml {
  if (articles.length === 0) return html`<p>No articles yet.</p>`
  return html`<ul class="cards">
${articles.map((article, index) => {
  const href = urlFor(article, {local: true}) ?? '#'
  const heading = html`<a href="${href}">${article.title}</a>`
  return html`<li class="card">
${picture(source, article.heroImage, {width: 640, height: 360, sizes: '(min-width: 60rem) 22rem, 100vw', eager: index < 2})}
<div class="card-body">
${headingLevel === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
<p class="meta"><time datetime="${isoDay(article.publishedAt)}">${formatDate(article.publishedAt)}</time>${article.author?.name ? html` · ${article.author.name}` : ''}</p>
${article.excerpt ? html`<p>${article.excerpt}</p>` : ''}
</div>
</li>`
})}
</ul>`
}
