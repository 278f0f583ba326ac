import type {ContentSource} from '@practice-press/sdk'

import {html, type SafeHtml} from '../lib/html.ts'
import type {SiteData} from '../site-data.ts'
import {picture} from './picture.ts'
import {siteFooter} from './site-footer.ts'

/** What one page gives the layout. */
export interface PageContent {
  /** The page's own title; the practice's name is appended. */
  title: string
  description?: string | null | undefined
  /**
   * The page's path, for the canonical link (an article may give a full URL of its own).
   * Left out for a page that is no address's content (the 404 page): it carries no
   * canonical link, and asks not to be indexed.
   */
  canonical?: string | undefined
  main: SafeHtml
  /**
   * The head slot: meta tags and JSON-LD from the SDK's SEO module. The layout writes only
   * the title, description, canonical, robots and feed links itself.
   */
  head?: SafeHtml
  /** The SDK's title, canonical, robots and social tags (an article's): written instead of the layout's own. */
  meta?: SafeHtml
  /** Which navigation entry is current. */
  section?: 'home' | 'search' | 'office' | 'contact'
  /** Extra feed links (a topic's or an author's feed). */
  feeds?: {title: string; href: string}[]
}

/** The frame around every page. */
export interface LayoutContext {
  site: SiteData
  source: ContentSource
  baseUrl: string
  preview: boolean
}

/** `path` under the site's address, with one slash between them. */
const underBase = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/+$/, '')}${path}`

/** A whole HTML document: header with the practice's name, logo and navigation; the page; the footer. */
export function layout(context: LayoutContext, page: PageContent): string {
  const {site, baseUrl} = context
  const name = site.practice?.name ?? 'Practice Press'
  const sample = site.practice?.sampleContent === true
  const title = page.title === name ? name : `${page.title} · ${name}`
  const canonical = page.canonical === undefined ? undefined : /^https?:/.test(page.canonical) ? page.canonical : underBase(baseUrl, page.canonical)
  const feeds = [
    {type: 'application/rss+xml', title: `${name} (RSS)`, href: '/rss.xml'},
    {type: 'application/atom+xml', title: `${name} (Atom)`, href: '/atom.xml'},
    {type: 'application/feed+json', title: `${name} (JSON Feed)`, href: '/feed.json'},
    ...(page.feeds ?? []).map((feed) => ({type: 'application/rss+xml', ...feed})),
  ]
  return html`<!doctype html>
<html lang="${site.practice?.feed?.language ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.meta ?? html`<title>${title}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${canonical ? html`<link rel="canonical" href="${canonical}">` : html`<meta name="robots" content="noindex">`}
${sample || context.preview ? html`<meta name="robots" content="noindex, nofollow">` : ''}`}
${feeds.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${underBase(baseUrl, feed.href)}">\n`)}
<link rel="stylesheet" href="/assets/site.css">
${site.practice?.logo?.asset?.url ? html`<link rel="icon" href="${site.practice.logo.asset.url}?w=64&amp;h=64">` : ''}
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
${sample ? html`<div class="sample-banner" role="note"><div class="wrap"><strong>Sample content.</strong> This site shows example articles by a fictional author; search engines are asked not to index it.</div></div>` : ''}
${context.preview ? html`<div class="preview-banner" role="note"><div class="wrap"><strong>Preview:</strong> drafts and scheduled articles are shown. <a href="/preview/exit">Leave preview</a></div></div>` : ''}
<div class="wrap">
<a class="brand" href="/">${picture(context.source, site.practice?.logo ? {...site.practice.logo, decorative: true} : null, {width: 96, sizes: '48px', eager: true})}<span>${name}</span></a>
<nav class="site-nav" aria-label="Main">
<ul>
<li><a href="/"${page.section === 'home' ? html` aria-current="page"` : ''}>Articles</a></li>
${site.authors.map((author) => html`<li><a href="/authors/${author.slug ?? ''}">${author.name}</a></li>`)}
<li><a href="/contact"${page.section === 'contact' ? html` aria-current="page"` : ''}>Contact</a></li>
</ul>
</nav>
<form class="search-form" role="search" aria-label="Site search" action="/search" method="get">
<label class="visually-hidden" for="site-search">Search articles</label>
<input id="site-search" type="search" name="q" placeholder="Search articles">
<button type="submit">Search</button>
</form>
</div>
</header>
<main id="main" class="wrap">
${page.main}
</main>
${siteFooter(context)}
</body>
</html>
`.__html
}
