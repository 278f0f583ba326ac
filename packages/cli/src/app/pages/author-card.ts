import type {ArticleBySlugQueryResult, ContentSource} from '@practice-press/sdk'

import {html, type SafeHtml} from '../lib/html.ts'
import {contactItems, hasContact} from './contact-lines.ts'
import {picture} from './picture.ts'

/** The first sentence of a short bio: the card's one line. */
function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/s.exec(text.trim())
  return (match?.[0] ?? text).trim()
}

/**
 * The card at the end of an article: the author's portrait, name and credential, one line
 * of her short bio, a link to her page, and how to reach her (booking link, phone, email:
 * those she filled in; none shown when she has filled in none).
 */
export function authorCard(source: ContentSource, author: NonNullable<ArticleBySlugQueryResult>['author']): SafeHtml {
  if (!author?.name) return html``
  const credential = author.credentials?.map((entry) => entry.abbreviation).filter(Boolean).join(', ')
  const page = `/authors/${author.slug ?? ''}`
  return html`<aside class="author-card" aria-labelledby="author-card-name">
${picture(source, author.portrait, {width: 96, height: 96, sizes: '96px', className: 'portrait-small'})}
<div>
<p class="author-card-name" id="author-card-name"><a href="${page}">${author.name}</a>${credential ? html`, ${credential}` : ''}</p>
${author.shortBio ? html`<p>${firstSentence(author.shortBio)}</p>` : ''}
${hasContact(author.contact) ? html`<ul class="contact-list">${contactItems(author.contact)}</ul>` : ''}
<p><a href="${page}">More about ${author.name}</a></p>
</div>
</aside>`
}
