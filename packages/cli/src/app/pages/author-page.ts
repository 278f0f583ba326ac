import {urlFor, type ArticlePage, type AuthorBySlugQueryResult, type ContentSource} from '@practice-press/sdk'
import {toHtml} from '@practice-press/sdk/render'

import {html, raw} from '../lib/html.ts'
import {contactItems, hasContact} from './contact-lines.ts'
import {articleCards} from './article-cards.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'
import {picture} from './picture.ts'

/** A clinician as `getAuthor` returns one. */
export type FullAuthor = NonNullable<AuthorBySlugQueryResult>

/**
 * A clinician's profile: portrait, credentials as the record holds them (a missing license
 * number stays out), biography, offices, contact, articles. The profile is a
 * microformats2 `h-card` (p-name, u-photo, p-job-title, p-honorific-suffix, p-note,
 * p-org, u-email, p-tel, u-url); a fact not filled in has no property.
 */
export function authorPage(context: LayoutContext, author: FullAuthor, articles: ArticlePage): PageContent {
  const source: ContentSource = context.source
  const credentials = author.credentials ?? []
  const bio = author.bio?.length ? toHtml(author.bio, {onWarning: false}) : ''
  // microformats2 h-card: the page's address (absolute) and the credentials' abbreviations.
  const pageUrl = urlFor({_type: 'author', slug: author.slug}, {baseUrl: context.baseUrl}) ?? ''
  const suffix = credentials.flatMap((credential) => (credential.abbreviation ? [credential.abbreviation] : [])).join(', ')
  return {
    ...seoHead(context, {kind: 'author', author}),
    title: author.name ?? 'Clinician',
    description: author.shortBio,
    canonical: `/authors/${author.slug ?? ''}`,
    feeds: [{title: `${author.name ?? ''} (RSS)`, href: `/authors/${author.slug ?? ''}/rss.xml`}],
    main: html`<div class="h-card">
<data class="u-url u-uid" value="${pageUrl}"></data>
${context.site.practice?.name ? html`<data class="p-org" value="${context.site.practice.name}"></data>` : ''}
${suffix ? html`<data class="p-honorific-suffix" value="${suffix}"></data>` : ''}
<div class="profile">
${picture(source, author.portrait, {width: 320, height: 320, sizes: '160px', eager: true, className: 'portrait u-photo'})}
<div>
<h1 class="p-name">${author.name}</h1>
${author.jobTitle ? html`<p class="lede p-job-title">${author.jobTitle}</p>` : ''}
</div>
</div>
${credentials.length
  ? html`<h2>Credentials</h2><ul>${credentials.map(
      (credential) => html`<li>${credential.name ?? credential.abbreviation}${credential.abbreviation && credential.name ? html` (${credential.abbreviation})` : ''}${
        credential.issuingBoard ? html`, ${credential.issuingBoard}` : ''
      }${credential.state ? html`, ${credential.state}` : ''}${credential.licenseNumber ? html`, license ${credential.licenseNumber}` : ''}</li>`,
    )}</ul>`
  : ''}
${author.shortBio ? html`<p class="measure p-note">${author.shortBio}</p>` : ''}
${bio ? html`<div class="prose measure">${raw(bio)}</div>` : ''}
${author.specialties?.length ? html`<h2>Works with</h2><ul class="tags">${author.specialties.map((item) => html`<li><span class="badge">${item}</span></li>`)}</ul>` : ''}
${author.languages?.length ? html`<p>Languages: ${author.languages.join(', ')}</p>` : ''}
${author.offices?.length
  ? html`<h2>Offices</h2><ul>${author.offices.map((office) => html`<li><a href="/locations/${office.slug ?? ''}">${office.name}</a>${office.city ? html`, <span class="p-locality">${office.city}</span>` : ''}</li>`)}</ul>`
  : ''}
${hasContact(author.contact) ? html`<h2>Contact</h2><ul class="contact-list">${contactItems(author.contact, {hCard: true})}</ul>` : ''}
</div>
<h2>Articles by ${author.name}</h2>
${articleCards(source, articles.items, 3)}`,
  }
}
