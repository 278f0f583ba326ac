import type {ArticlePage, AuthorBySlugQueryResult, ContentSource} from '@practice-press/sdk'
import {toHtml} from '@practice-press/sdk/render'

import {html, raw} from '../lib/html.ts'
import {telHref} from '../lib/tel-href.ts'
import {articleCards} from './article-cards.ts'
import type {LayoutContext, PageContent} from './layout.ts'
import {seoHead} from './seo-head.ts'
import {picture} from './picture.ts'

/** A clinician as `getAuthor` returns one. */
export type FullAuthor = NonNullable<AuthorBySlugQueryResult>

/** A clinician's profile: portrait, credentials as the record holds them (a missing license number stays out), biography, offices, articles. */
export function authorPage(context: LayoutContext, author: FullAuthor, articles: ArticlePage): PageContent {
  const source: ContentSource = context.source
  const credentials = author.credentials ?? []
  const bio = author.bio?.length ? toHtml(author.bio, {onWarning: false}) : ''
  return {
    ...seoHead(context, {kind: 'author', author}),
    title: author.name ?? 'Clinician',
    description: author.shortBio,
    canonical: `/authors/${author.slug ?? ''}`,
    feeds: [{title: `${author.name ?? ''} (RSS)`, href: `/authors/${author.slug ?? ''}/rss.xml`}],
    main: html`<div class="profile">
${picture(source, author.portrait, {width: 320, height: 320, sizes: '160px', eager: true, className: 'portrait'})}
<div>
<h1>${author.name}</h1>
${author.jobTitle ? html`<p class="lede">${author.jobTitle}</p>` : ''}
</div>
</div>
${credentials.length
  ? html`<h2>Credentials</h2><ul>${credentials.map(
      (credential) => html`<li>${credential.name ?? credential.abbreviation}${credential.abbreviation && credential.name ? html` (${credential.abbreviation})` : ''}${
        credential.issuingBoard ? html`, ${credential.issuingBoard}` : ''
      }${credential.state ? html`, ${credential.state}` : ''}${credential.licenseNumber ? html`, license ${credential.licenseNumber}` : ''}</li>`,
    )}</ul>`
  : ''}
${author.shortBio ? html`<p class="measure">${author.shortBio}</p>` : ''}
${bio ? html`<div class="prose measure">${raw(bio)}</div>` : ''}
${author.specialties?.length ? html`<h2>Works with</h2><ul class="tags">${author.specialties.map((item) => html`<li><span class="badge">${item}</span></li>`)}</ul>` : ''}
${author.languages?.length ? html`<p>Languages: ${author.languages.join(', ')}</p>` : ''}
${author.offices?.length
  ? html`<h2>Offices</h2><ul>${author.offices.map((office) => html`<li><a href="/locations/${office.slug ?? ''}">${office.name}</a>${office.city ? html`, ${office.city}` : ''}</li>`)}</ul>`
  : ''}
${author.contact?.email || author.contact?.phone || author.contact?.bookingUrl
  ? html`<h2>Contact</h2><ul>
${author.contact.email ? html`<li>Email: <a href="mailto:${author.contact.email}">${author.contact.email}</a></li>` : ''}
${author.contact.phone ? html`<li>Phone: <a href="tel:${telHref(author.contact.phone)}">${author.contact.phone}</a></li>` : ''}
${author.contact.bookingUrl ? html`<li><a href="${author.contact.bookingUrl}" rel="noopener noreferrer">Book a consultation</a></li>` : ''}
</ul>${author.contact.responsePromise ? html`<p>${author.contact.responsePromise}</p>` : ''}`
  : ''}
<h2>Articles by ${author.name}</h2>
${articleCards(source, articles.items, 3)}`,
  }
}
