/**
 * Routes: `urlFor` reads only its own table, and a site's own routes, given once with
 * `createRoutes`, reach every internal link the SDK writes: rendering, feeds, sitemap,
 * meta tags, JSON-LD and cross-posts. A sitemap lists only the site's own URLs.
 */
import {createRoutes, getArticle, getAuthor, getLocation, getPractice, listSitemapEntries, urlFor} from '@practice-press/sdk'
import {renderArticle, toHtml} from '@practice-press/sdk/render'
import {blogPostingJsonLd, buildFeed, medicalClinicJsonLd, metaTags, personJsonLd, sitemapEntries, toCrossPost, toSitemap} from '@practice-press/sdk/syndication'
import {describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW} from '../syndication/support.ts'

const routes = createRoutes({
  article: '/blog/{slug}',
  topic: (doc) => `/blog?topic=${encodeURIComponent(doc.slug)}`,
  location: 'https://offices.talkwithlia.example/{slug}',
  author: null,
})

describe('urlFor', () => {
  it('knows only its own route table: inherited names are no type', () => {
    for (const _type of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(urlFor({_type, slug: 'x'})).toBeUndefined()
      expect(urlFor({_type, slug: 'x'}, {routes})).toBeUndefined()
    }
    expect(urlFor({_type: 'page', slug: 'about'})).toBeUndefined()
    expect(urlFor({_type: 'article', slug: ''})).toBeUndefined()
    expect(urlFor({_type: 'article', slug: 'a b'}, {baseUrl: BASE_URL})).toBe(`${BASE_URL}/articles/a%20b`)
  })

  it('follows the site’s routes: patterns, functions, absolute URLs, types without a page', () => {
    expect(urlFor({_type: 'article', slug: 'repair'}, {routes})).toBe('/blog/repair')
    expect(urlFor({_type: 'article', slug: 'repair'}, {routes, baseUrl: BASE_URL})).toBe(`${BASE_URL}/blog/repair`)
    expect(urlFor({_type: 'topic', slug: {current: 'trust & safety'}}, {routes, baseUrl: BASE_URL})).toBe(`${BASE_URL}/blog?topic=trust%20%26%20safety`)
    expect(urlFor({_type: 'location', slug: 'san-jose'}, {routes, baseUrl: BASE_URL})).toBe('https://offices.talkwithlia.example/san-jose')
    expect(urlFor({_type: 'author', slug: 'lia-huynh'}, {routes})).toBeUndefined()
    expect(urlFor({_type: 'article', slug: 'x', canonicalUrl: 'https://medium.example/x'}, {routes})).toBe('https://medium.example/x')
    expect(urlFor({_type: 'article', slug: 'x', canonicalUrl: 'https://medium.example/x'}, {routes, local: true})).toBe('/blog/x')
    expect(urlFor({_type: 'page', slug: 'about'}, {routes: (doc) => (doc._type === 'page' ? `/${doc.slug}` : undefined)})).toBe('/about')
  })

  it('createRoutes throws at once for a route it cannot use, naming it', () => {
    expect(() => createRoutes({article: '/blog/post'})).toThrow(
      'createRoutes: map.article must be a pattern with {slug} starting with "/" or "https://" (e.g. "/blog/{slug}"), a function (doc) => path, or null; got "/blog/post".',
    )
    expect(() => createRoutes({article: 'blog/{slug}'})).toThrow('map.article must be a pattern with {slug}')
    expect(() => createRoutes({topic: 42 as never})).toThrow('got 42.')
    expect(() => createRoutes([] as never)).toThrow("createRoutes: map must be an object of routes by _type, e.g. {article: '/blog/{slug}'}; got an array.")
    expect(() => urlFor({_type: 'article', slug: 'x'}, {routes: {article: '/blog/{slug}'} as never})).toThrow(
      'urlFor: options.routes must be a function (doc) => path, as createRoutes({...}) makes; got an object.',
    )
  })
})

describe('the site’s routes reach every internal link', () => {
  it('rendering: internal links and calls to action', async () => {
    const blocks = [
      {_type: 'block', markDefs: [{_type: 'internalLink', _key: 'i', target: {_type: 'article', slug: 'repair'}}], children: [{_type: 'span', text: 'repair', marks: ['i']}]},
    ]
    expect(toHtml(blocks, {routes})).toBe('<p><a href="/blog/repair">repair</a></p>')
    expect(toHtml(blocks, {routes, baseUrl: BASE_URL})).toBe(`<p><a href="${BASE_URL}/blog/repair">repair</a></p>`)
    const source = await exampleSource()
    const article = await getArticle(source, {slug: 'listening-so-your-partner-feels-heard', now: NOW})
    if (!article) throw new Error('missing article')
    const html = renderArticle(article, {practice: null, format: 'html', routes})
    expect(html).not.toContain('href="/articles/')
    expect(html).toContain('href="/blog/')
  })

  it('feeds: item links, content links, categories', async () => {
    const source = await exampleSource()
    const feed = await buildFeed(source, {baseUrl: BASE_URL, now: NOW, routes, onWarning: false})
    if (!feed) throw new Error('no feed')
    const own = feed.items.filter((item) => item.url.startsWith(BASE_URL))
    expect(own.map((item) => item.url.replace(BASE_URL, ''))).toEqual(own.map((item) => `/blog/${item.url.split('/').at(-1)}`))
    expect(feed.items.map((item) => item.contentHtml).join('')).not.toContain(`${BASE_URL}/articles/`)
    expect(feed.items.flatMap((item) => item.categories.map((category) => category.url))[0]).toMatch(new RegExp(`^${BASE_URL}/blog\\?topic=`))
    expect(feed.items.flatMap((item) => item.authors.map((author) => author.url))).toEqual(feed.items.map(() => undefined))
  })

  it('sitemap, meta tags, JSON-LD and cross-posts', async () => {
    const source = await exampleSource()
    const locs = sitemapEntries(await listSitemapEntries(source, {now: NOW}), {baseUrl: BASE_URL, routes}).map((entry) => entry.loc.replace(BASE_URL, ''))
    expect(locs.filter((loc) => loc.startsWith('/blog/'))).toHaveLength(5)
    expect(locs.some((loc) => loc.includes('offices.') || loc.startsWith('/authors/') || loc.startsWith('/articles/'))).toBe(false)
    const practice = await getPractice(source)
    const article = await getArticle(source, {slug: 'repair-after-an-argument', now: NOW})
    const author = await getAuthor(source, {slug: 'lia-huynh'})
    const location = await getLocation(source, {slug: 'san-jose'})
    if (!article || !author || !location) throw new Error('missing documents')
    expect(metaTags(article, practice, {baseUrl: BASE_URL, routes}).canonical).toBe(`${BASE_URL}/blog/repair-after-an-argument`)
    expect(blogPostingJsonLd(article, practice, {baseUrl: BASE_URL, routes}).url).toBe(`${BASE_URL}/blog/repair-after-an-argument`)
    expect(personJsonLd(author, practice, {baseUrl: BASE_URL, routes}).url).toBeUndefined()
    expect(medicalClinicJsonLd(location, practice, {baseUrl: BASE_URL, routes}).url).toBe('https://offices.talkwithlia.example/san-jose')
    expect(toCrossPost(article, practice, {baseUrl: BASE_URL, routes, onWarning: false})).toContain(`canonical_url: ${BASE_URL}/blog/repair-after-an-argument\n`)
  })
})

describe('a sitemap lists only the site’s own URLs', () => {
  it('listSitemapEntries leaves out an article whose canonical page is on another site', async () => {
    const source = await exampleSource()
    const {articles} = await listSitemapEntries(source, {now: NOW})
    expect(articles.map((article) => article.slug)).toEqual([
      'when-to-try-couples-therapy',
      'weekly-check-in-ritual',
      'boundaries-with-family',
      'listening-so-your-partner-feels-heard',
      'repair-after-an-argument',
    ])
  })

  it('toSitemap leaves out entries on another origin', () => {
    const xml = toSitemap([{loc: `${BASE_URL}/`}, {loc: 'https://medium.example/@samrivera/managing-conflict-over-money'}, {loc: `${BASE_URL}/blog/x`}], {baseUrl: BASE_URL})
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual([`<loc>${BASE_URL}/</loc>`, `<loc>${BASE_URL}/blog/x</loc>`])
  })
})
