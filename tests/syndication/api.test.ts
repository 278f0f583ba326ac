/** The public API of `@practice-press/sdk/syndication`, pinned. */
import * as syndication from '@practice-press/sdk/syndication'
import {expect, it} from 'vitest'

it('exports exactly these names', () => {
  expect(Object.keys(syndication).toSorted()).toEqual([
    'FEED_FILES',
    'buildFeed',
    'feedUrl',
    'jsonFeed',
    'rfc822',
    'sitemapEntries',
    'sitemapPageUrl',
    'toAtom',
    'toJsonFeed',
    'toRobotsTxt',
    'toRss',
    'toSitemap',
    'toSitemapPage',
    'xmlSafe',
  ])
})
