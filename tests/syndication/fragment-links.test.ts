/**
 * A link to a heading (`#how`) in an article: on the site's page it stays `#how`, but
 * everything read elsewhere (RSS, Atom, JSON Feed, a cross-post) must carry
 * `https://.../articles/slug#how`, or a reader resolves it against the feed's own URL.
 * Links relative to the page (`?page=2`, `./x`) resolve against the page, as a browser
 * there does. Calls to action (a fragment, or a site-relative path) are held to the same rule.
 */
import {getArticle, getPractice} from '@practice-press/sdk'
import {renderArticleHtml} from '@practice-press/sdk/render'
import {buildFeed, toAtom, toCrossPost, toJsonFeed, toRss} from '@practice-press/sdk/syndication'
import {describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, feedparser, NOW} from './support.ts'

const SLUG = 'a-fragment-link'
const PAGE = `${BASE_URL}/articles/${SLUG}`

const article = {
  _id: 'article-fragment-link',
  _type: 'article',
  _rev: 'r1',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  publishedAt: '2026-11-26T12:00:00Z',
  author: {_type: 'reference', _ref: 'author-sam-rivera'},
  title: 'A fragment link',
  slug: {_type: 'slug', current: SLUG},
  excerpt: 'Jump to a heading.',
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [
        {_type: 'link', _key: 'l1', href: '#how-it-works'},
        {_type: 'link', _key: 'l2', href: '?page=2#x'},
        {_type: 'link', _key: 'l3', href: './sibling-article'},
      ],
      children: [
        {_type: 'span', _key: 's1', marks: [], text: 'Read '},
        {_type: 'span', _key: 's2', marks: ['l1'], text: 'how it works'},
        {_type: 'span', _key: 's3', marks: [], text: ' below, '},
        {_type: 'span', _key: 's5', marks: ['l2'], text: 'page two'},
        {_type: 'span', _key: 's6', marks: [], text: ' and '},
        {_type: 'span', _key: 's7', marks: ['l3'], text: 'a sibling'},
      ],
    },
    {_type: 'block', _key: 'h1', style: 'h2', markDefs: [], children: [{_type: 'span', _key: 's4', marks: [], text: 'How it works'}]},
    {_type: 'callToAction', _key: 'c1', label: 'Back to the start', url: '#top'},
    {_type: 'callToAction', _key: 'c2', label: 'Contact', url: '/contact'},
  ],
}

async function fixture() {
  const source = await exampleSource([article])
  const built = await buildFeed(source, {now: NOW, onWarning: false})
  if (!built) throw new Error('no feed')
  const practice = await getPractice(source)
  const full = await getArticle(source, {slug: SLUG, now: NOW})
  if (!full) throw new Error('no article')
  return {built, practice, full}
}

describe('fragment links leave the page absolute', () => {
  it('RSS: feedparser reads the item content with the article page before the fragment', async () => {
    const {built} = await fixture()
    const entry = feedparser(toRss(built)).entries.find((item) => item.link === PAGE)
    expect(entry?.content).toContain(`href="${PAGE}#how-it-works"`)
    expect(entry?.content).toContain(`href="${PAGE}#top"`)
    expect(entry?.content).toContain(`href="${BASE_URL}/contact"`)
    // Relative to the page, as a browser on the page resolves them (not to the site's root).
    expect(entry?.content).toContain(`href="${PAGE}?page=2#x"`)
    expect(entry?.content).toContain(`href="${BASE_URL}/articles/sibling-article"`)
    expect(entry?.content).not.toMatch(/href="#/)
  })

  it('Atom: the same, read by feedparser', async () => {
    const {built} = await fixture()
    const entry = feedparser(toAtom(built)).entries.find((item) => item.link === PAGE)
    expect(entry?.content).toContain(`href="${PAGE}#how-it-works"`)
    expect(entry?.content).not.toMatch(/href="#/)
  })

  it('JSON Feed: content_html carries the absolute fragment link', async () => {
    const {built} = await fixture()
    const item = (JSON.parse(toJsonFeed(built)) as {items: Array<{url: string; content_html: string}>}).items.find((entry) => entry.url === PAGE)
    expect(item?.content_html).toContain(`href="${PAGE}#how-it-works"`)
    expect(item?.content_html).not.toMatch(/href="#/)
  })

  it('cross-post Markdown: the link and the call to action point at the article page', async () => {
    const {full, practice} = await fixture()
    const markdown = toCrossPost(full, practice, {onWarning: false})
    expect(markdown).toContain(`[how it works](${PAGE}#how-it-works)`)
    expect(markdown).toContain(`**[Back to the start](${PAGE}#top)**`)
    // A site-relative call to action was left relative too (the same kind of fault).
    expect(markdown).toContain(`**[Contact](${BASE_URL}/contact)**`)
    expect(markdown).not.toMatch(/\]\((#|\/)/)
  })

  it('an article with its canonical URL elsewhere: fragments still point at the site page that has the heading ids', async () => {
    const source = await exampleSource([{...article, canonicalUrl: 'https://elsewhere.example/original'}])
    const built = await buildFeed(source, {now: NOW, onWarning: false})
    const item = built?.items.find((entry) => entry.url === 'https://elsewhere.example/original')
    expect(item?.contentHtml).toContain(`href="${PAGE}#how-it-works"`)
  })

  it('the page itself keeps the fragment relative; pageUrl makes it absolute on request', async () => {
    const {full, practice} = await fixture()
    const page = renderArticleHtml(full, {practice: practice ?? undefined, baseUrl: BASE_URL, onWarning: false})
    expect(page).toContain('href="#how-it-works"')
    const elsewhere = renderArticleHtml(full, {practice: practice ?? undefined, baseUrl: BASE_URL, pageUrl: `${PAGE}#ignored`, onWarning: false})
    expect(elsewhere).toContain(`href="${PAGE}#how-it-works"`)
  })
})
