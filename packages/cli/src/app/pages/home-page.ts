import type {ArticlePage} from '@practice-press/sdk'

import {html} from '../lib/html.ts'
import {articleCards} from './article-cards.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'

/** The home page: the practice, then the latest articles, paged with the SDK's cursor. */
export function homePage(context: LayoutContext, page: ArticlePage, options: {first: boolean}): PageContent {
  const practice = context.site.practice
  const name = practice?.name ?? 'Articles'
  const next = page.nextCursor ? `/?after=${encodeURIComponent(page.nextCursor)}` : undefined
  return {
    ...seoHead(context, {kind: 'home'}),
    title: options.first ? name : 'More articles',
    description: practice?.description,
    canonical: '/',
    section: 'home',
    main: html`<h1>${options.first ? name : 'More articles'}</h1>
${options.first && practice?.description ? html`<p class="lede measure">${practice.description}</p>` : ''}
${options.first ? html`<h2 class="visually-hidden">Latest articles</h2>` : ''}
${articleCards(context.source, page.items, options.first ? 3 : 2)}
<nav class="pager" aria-label="More articles">
${options.first ? html`<span></span>` : html`<a href="/">Newest articles</a>`}
${next ? html`<a href="${next}" rel="next">Older articles</a>` : ''}
</nav>`,
  }
}
