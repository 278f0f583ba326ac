import {
  blogPostingJsonLd,
  breadcrumbListJsonLd,
  jsonLdScript,
  medicalClinicJsonLd,
  metaTags,
  personJsonLd,
  webSiteJsonLd,
  type Crumb,
} from '@practice-press/sdk/syndication'

import {raw, type SafeHtml} from '../lib/html.ts'
import type {FullArticle} from './article-page.ts'
import type {FullAuthor} from './author-page.ts'
import type {LayoutContext} from './layout.ts'
import type {FullLocation} from './location-page.ts'

/** What a page is about, for its meta tags and JSON-LD. */
export type SeoSubject =
  | {kind: 'home'}
  | {kind: 'article'; article: FullArticle}
  | {kind: 'author'; author: FullAuthor}
  | {kind: 'location'; location: FullLocation}
  | {kind: 'topic'; title: string; path: string}

/** The head slot's content: JSON-LD, and for an article the SDK's own title, canonical, robots, Open Graph and Twitter tags. */
export interface SeoHead {
  head: SafeHtml
  /** Replaces the layout's own title, description, canonical and robots lines. */
  meta?: SafeHtml
}

/**
 * Meta tags and JSON-LD from the SDK (`@practice-press/sdk/syndication`): `WebSite` with
 * its search action on the home page; `BlogPosting` with the SDK's meta tags on an
 * article; `Person` on a clinician's page; `MedicalClinic` on an office's; and a
 * `BreadcrumbList` on every page below home. The SDK escapes everything it writes.
 */
export function seoHead(context: LayoutContext, subject: SeoSubject): SeoHead {
  const {practice} = context.site
  const options = {baseUrl: context.baseUrl}
  const home: Crumb = {name: practice?.name ?? 'Home', url: `${context.baseUrl}/`}
  const crumbs = (...trail: Crumb[]) => jsonLdScript(breadcrumbListJsonLd([home, ...trail]))
  switch (subject.kind) {
    case 'home':
      return {head: raw(jsonLdScript(webSiteJsonLd(practice, options)))}
    case 'article': {
      const {article} = subject
      const topic = article.topics?.[0]
      const trail = [
        ...(topic?.slug ? [{name: topic.title ?? topic.slug, url: `${context.baseUrl}/topics/${topic.slug}`}] : []),
        {name: article.title ?? '', url: `${context.baseUrl}/articles/${article.slug ?? ''}`},
      ]
      return {meta: raw(metaTags(article, practice, options).html), head: raw(`${jsonLdScript(blogPostingJsonLd(article, practice, options))}\n${crumbs(...trail)}`)}
    }
    case 'author': {
      const {author} = subject
      return {head: raw(`${jsonLdScript(personJsonLd(author, practice, options))}\n${crumbs({name: author.name ?? '', url: `${context.baseUrl}/authors/${author.slug ?? ''}`})}`)}
    }
    case 'location': {
      const {location} = subject
      return {
        head: raw(`${jsonLdScript(medicalClinicJsonLd(location, practice, options))}\n${crumbs({name: location.name ?? '', url: `${context.baseUrl}/locations/${location.slug ?? ''}`})}`),
      }
    }
    case 'topic':
      return {head: raw(crumbs({name: subject.title, url: `${context.baseUrl}${subject.path}`}))}
  }
}
