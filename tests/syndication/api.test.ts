/** The public API of `@practice-press/sdk/syndication`, pinned. */
import * as syndication from '@practice-press/sdk/syndication'
import {expect, it} from 'vitest'

it('exports exactly these names', () => {
  expect(Object.keys(syndication).toSorted()).toEqual([
    'FEED_FILES',
    'SYNDICATION_CONTENT_TYPES',
    'blogPostingJsonLd',
    'breadcrumbListJsonLd',
    'buildFeed',
    'escapeHtml',
    'feedUrl',
    'jsonFeed',
    'jsonLdScript',
    'medicalClinicJsonLd',
    'metaTags',
    'personJsonLd',
    'rfc822',
    'sitemapEntries',
    'sitemapPageUrl',
    'toAtom',
    'toCrossPost',
    'toJsonFeed',
    'toRobotsTxt',
    'toRss',
    'toSitemap',
    'toSitemapPage',
    'webSiteJsonLd',
    'xmlSafe',
  ])
})
