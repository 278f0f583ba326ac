/** The sitemap (sitemaps.org 0.9, image extension, an index past 50,000 URLs) and robots.txt. */
import {listSitemapEntries} from '@practice-press/sdk'
import {sitemapEntries, toRobotsTxt, toSitemap, toSitemapPage, type SitemapEntry} from '@practice-press/sdk/syndication'
import {describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW, wellFormed} from './support.ts'

describe('sitemap', () => {
  it('lists the home page, the site’s own articles with hero pictures, topics, authors and offices', async () => {
    const source = await exampleSource()
    const entries = sitemapEntries(await listSitemapEntries(source, {now: NOW}), {baseUrl: `${BASE_URL}/`})
    expect(entries.map((entry) => entry.loc.replace(BASE_URL, ''))).toEqual([
      '/',
      '/articles/when-to-try-couples-therapy',
      '/articles/weekly-check-in-ritual',
      '/articles/boundaries-with-family',
      '/articles/listening-so-your-partner-feels-heard',
      '/articles/repair-after-an-argument',
      '/topics/couples',
      '/topics/communication',
      '/topics/trust',
      '/topics/conflict',
      '/topics/family',
      '/authors/lia-huynh',
      '/authors/sam-rivera',
      '/locations/san-jose',
      '/locations/milpitas',
    ])
    // The money article's canonical page is on another site: not ours to list.
    expect(entries[5]).toEqual({
      loc: `${BASE_URL}/articles/repair-after-an-argument`,
      lastmod: '2025-06-03T17:30:00.000Z',
      images: [{loc: `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`, title: 'Two people sitting close together on a park bench, seen from behind, watching the sun set over green hills'}],
    })
    const xml = toSitemap(entries, {baseUrl: BASE_URL})
    expect(wellFormed(xml)).toBe('well-formed')
    expect(xml.split('\n').slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">',
      `<url><loc>${BASE_URL}/</loc><lastmod>2026-10-28T18:10:00.000Z</lastmod></url>`,
      `<url><loc>${BASE_URL}/articles/when-to-try-couples-therapy</loc><lastmod>2026-02-17T16:00:00.000Z</lastmod><image:image><image:loc>${BASE_URL}/images/c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg</image:loc></image:image></url>`,
    ])
  })

  it('past 50,000 URLs: a sitemap index, and pages of at most 50,000', () => {
    const entries: SitemapEntry[] = Array.from({length: 120_001}, (_, i) => ({loc: `${BASE_URL}/p/${i}`, lastmod: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()}))
    const index = toSitemap(entries, {baseUrl: BASE_URL})
    expect(index).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        `<sitemap><loc>${BASE_URL}/sitemap-1.xml</loc><lastmod>${entries[49_999]!.lastmod}</lastmod></sitemap>`,
        `<sitemap><loc>${BASE_URL}/sitemap-2.xml</loc><lastmod>${entries[99_999]!.lastmod}</lastmod></sitemap>`,
        `<sitemap><loc>${BASE_URL}/sitemap-3.xml</loc><lastmod>${entries[120_000]!.lastmod}</lastmod></sitemap>`,
        '</sitemapindex>',
        '',
      ].join('\n'),
    )
    const pages = [1, 2, 3, 4].map((n) => toSitemapPage(entries, n, {baseUrl: BASE_URL}))
    expect(pages.map((page) => page?.match(/<url>/g)?.length)).toEqual([50_000, 50_000, 20_001, undefined])
    expect(pages[2]!.includes(`<loc>${BASE_URL}/p/100000</loc>`)).toBe(true)
    expect(wellFormed(pages[0]!)).toBe('well-formed')
    expect(toSitemap(entries.slice(0, 50_000), {baseUrl: BASE_URL}).startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset')).toBe(true)
  })

  it('refuses bad options by name', () => {
    expect(() => toSitemap([], {baseUrl: '/relative'})).toThrow('toSitemap: options.baseUrl must be an absolute http(s) address such as "https://www.example.com"; got "/relative".')
    expect(() => toSitemap([], {baseUrl: BASE_URL, maxUrls: 50_001})).toThrow('toSitemap: options.maxUrls must be a whole number from 1 to 50000; got 50001.')
  })
})

describe('robots.txt', () => {
  it('sample content: every crawler kept out', () => {
    expect(toRobotsTxt({sampleContent: true}, {baseUrl: BASE_URL})).toBe('# Sample content: not for search engines.\nUser-agent: *\nDisallow: /\n')
  })

  it('a real site: everything but search, and the sitemap', () => {
    expect(toRobotsTxt({sampleContent: false}, {baseUrl: `${BASE_URL}/`})).toBe(`User-agent: *\nDisallow: /search\n\nSitemap: ${BASE_URL}/sitemap.xml\n`)
  })
})
