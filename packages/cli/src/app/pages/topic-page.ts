import type {ArticlePage, TopicsQueryResult} from '@practice-press/sdk'

import {html} from '../lib/html.ts'
import {articleCards} from './article-cards.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'

/** A topic: its description and its articles, paged. */
export function topicPage(context: LayoutContext, topic: TopicsQueryResult[number], page: ArticlePage): PageContent {
  const path = `/topics/${topic.slug ?? ''}`
  return {
    ...seoHead(context, {kind: 'topic', title: topic.title ?? '', path}),
    title: topic.title ?? 'Topic',
    description: topic.description ?? `Articles about ${topic.title ?? 'this topic'}.`,
    canonical: path,
    feeds: [{title: `${topic.title ?? ''} (RSS)`, href: `${path}/rss.xml`}],
    main: html`<h1>${topic.title}</h1>
${topic.description ? html`<p class="lede measure">${topic.description}</p>` : ''}
${articleCards(context.source, page.items)}
${page.nextCursor ? html`<nav class="pager" aria-label="More articles"><span></span><a href="${path}?after=${encodeURIComponent(page.nextCursor)}" rel="next">Older articles</a></nav>` : ''}`,
  }
}
