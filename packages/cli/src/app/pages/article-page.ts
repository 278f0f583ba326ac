import {urlFor, type ArticleBySlugQueryResult} from '@practice-press/sdk'
import {readingTime, renderArticleHtml, tableOfContents, toText, type RenderCache} from '@practice-press/sdk/render'

import {formatDate, isoDay} from '../lib/dates.ts'
import {html, raw} from '../lib/html.ts'
import {articleCards} from './article-cards.ts'
import {authorCard} from './author-card.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {picture} from './picture.ts'
import {seoHead} from './seo-head.ts'
import {tableOfContentsNav} from './table-of-contents.ts'

/** An article as `getArticle` returns it. */
export type FullArticle = NonNullable<ArticleBySlugQueryResult>

const MENTIONS_FEES = /\b(fees?|insurance|insurer|out[- ]of[- ]network|reimburs\w*|cost|costs|price|pay|paying|money)\b/i

/**
 * The article page: hero picture with `srcset`, byline with the credential, dates,
 * reading time, table of contents, the body (the SDK's sanitised HTML, with the crisis
 * notice), the insurance note where the article speaks of fees, the author's card (how to
 * reach her), topics, related articles.
 * Marked up as a microformats2 `h-entry` (p-name, p-summary, p-author h-card,
 * dt-published, dt-updated, u-featured, e-content, p-category, u-url), for IndieWeb
 * readers and bridges.
 */
export function articlePage(context: LayoutContext, article: FullArticle, options: {cache?: RenderCache} = {}): PageContent {
  const practice = context.site.practice
  const body = renderArticleHtml(article, {practice, ...(options.cache ? {cache: options.cache} : {})})
  const contents = tableOfContentsNav(tableOfContents(article.body ?? []).filter((entry) => entry.level <= 3))
  const minutes = readingTime(article.body ?? []).minutes
  const text = `${article.title ?? ''} ${article.excerpt ?? ''} ${toText(article.body ?? [])}`
  const insurance = practice?.insurancePolicy && MENTIONS_FEES.test(text) ? practice.insurancePolicy : undefined
  const author = article.author
  const credential = author?.credentials?.map((entry) => entry.abbreviation).filter(Boolean).join(', ')
  const hero = article.heroImage
  // The page's own address, absolute, for the h-entry's u-url (microformats2).
  const pageUrl = urlFor({_type: 'article', slug: article.slug}, {baseUrl: context.baseUrl}) ?? ''
  return {
    title: article.seo?.title ?? article.title ?? 'Article',
    description: article.seo?.description ?? article.excerpt,
    canonical: urlFor(article) ?? `/articles/${article.slug ?? ''}`,
    ...seoHead(context, {kind: 'article', article}),
    main: html`<article class="h-entry">
<data class="u-url u-uid" value="${pageUrl}"></data>
<header class="measure">
${article.topics?.length ? html`<ul class="tags" aria-label="Topics">${article.topics.map((topic) => html`<li><a class="p-category" href="/topics/${topic.slug ?? ''}">${topic.title}</a></li>`)}</ul>` : ''}
<h1 class="p-name">${article.title}</h1>
${article.excerpt ? html`<p class="lede p-summary">${article.excerpt}</p>` : ''}
<p class="byline">
${author ? html`<span>By <a class="p-author h-card" href="/authors/${author.slug ?? ''}" rel="author">${author.name}</a>${credential ? html`, ${credential}` : ''}</span>` : ''}
<span>Published <time class="dt-published" datetime="${isoDay(article.publishedAt)}">${formatDate(article.publishedAt)}</time></span>
${article.updatedAt ? html`<span>Updated <time class="dt-updated" datetime="${isoDay(article.updatedAt)}">${formatDate(article.updatedAt)}</time></span>` : ''}
<span>${minutes} min read</span>
</p>
${pageUrl ? html`<p class="print-only">Online at ${pageUrl}</p>` : ''}
</header>
${hero?.asset
  ? html`<figure class="hero">${picture(context.source, hero, {width: 1280, sizes: '(min-width: 72rem) 70rem, 100vw', eager: true, className: 'u-featured'})}${
      hero.caption || hero.credit?.name ? html`<figcaption>${hero.caption ?? ''}${hero.credit?.name ? html` Illustration: ${hero.credit.name}` : ''}</figcaption>` : ''
    }</figure>`
  : ''}
<div class="article-layout">
${contents.inline}
<div class="prose">
<div class="e-content">${raw(body)}</div>
${insurance ? html`<aside class="note" aria-labelledby="insurance-note"><p class="callout-label" id="insurance-note">About fees and insurance</p><p>${insurance}</p></aside>` : ''}
</div>
${contents.aside}
</div>
${authorCard(context.source, author)}
${article.related?.length ? html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">Related articles</h2>${articleCards(context.source, article.related, 3)}</section>` : ''}
</article>`,
  }
}
