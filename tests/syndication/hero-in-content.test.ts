/**
 * A feed item's hero picture is at the top of its content as well as an enclosure or
 * `image`: many readers ignore enclosures and show only the content. It is written as the
 * body's pictures are (absolute URL, size, alt text, credit), `alt=""` when the picture is
 * marked decorative, and left out of the content when it has no alt text to give.
 */
import {buildFeed, toJsonFeed} from '@practice-press/sdk/syndication'
import {describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW} from './support.ts'

const ASSET = 'image-8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900-jpg'
const FILE = `${BASE_URL}/images/8f71c722edb11424ccd531a329a8f7689f6bd7ad-1600x900.jpg`

function article(id: string, minute: number, hero: Record<string, unknown>) {
  return {
    _id: id,
    _type: 'article',
    _rev: 'r1',
    publishedAt: `2026-11-25T12:0${minute}:00Z`,
    author: {_type: 'reference', _ref: 'author-sam-rivera'},
    title: `Hero ${id}`,
    slug: {_type: 'slug', current: id},
    heroImage: {_type: 'imageWithCredit', asset: {_type: 'reference', _ref: ASSET}, ...hero},
    showCrisisNotice: false,
    body: [{_type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', marks: [], text: 'Body.'}]}],
  }
}

async function items(): Promise<Map<string, {content_html: string; image?: string}>> {
  const source = await exampleSource([
    article('hero-with-alt', 1, {alt: 'Two chairs by a window', caption: 'The waiting room', credit: {_type: 'credit', name: 'A. Photographer'}}),
    article('hero-decorative', 2, {decorative: true}),
    article('hero-without-alt', 3, {}),
  ])
  const feed = await buildFeed(source, {now: NOW})
  if (!feed) throw new Error('no feed')
  const json = JSON.parse(toJsonFeed(feed)) as {items: Array<{id: string; content_html: string; image?: string}>}
  return new Map(json.items.map((item) => [item.id.split('/').at(-1)!, item]))
}

describe('the hero picture in a feed item', () => {
  it('opens the content with the picture, its alt text, size and credit, every URL absolute', async () => {
    const item = (await items()).get('hero-with-alt')!
    expect(item.content_html.startsWith('<figure><img')).toBe(true)
    const figure = item.content_html.slice(0, item.content_html.indexOf('</figure>') + '</figure>'.length)
    expect(figure).toContain('alt="Two chairs by a window"')
    expect(figure).toContain(`src="${FILE}?w=`)
    expect(figure).toContain('width="1600" height="900"')
    expect(figure).toContain('The waiting room')
    expect(figure).toContain('A. Photographer')
    expect(figure).not.toMatch(/src="\//)
    expect(item.content_html.indexOf('<p>Body.</p>')).toBeGreaterThan(figure.length - 1)
    expect(item.image).toBe(FILE)
  })

  it('writes alt="" for a picture marked decorative, and leaves out of the content one with no alt text (the enclosure stays)', async () => {
    const all = await items()
    expect(all.get('hero-decorative')!.content_html).toMatch(/^<figure><img[^>]* alt=""/)
    const without = all.get('hero-without-alt')!
    expect(without.content_html).not.toContain('<img')
    expect(without.content_html.startsWith('<p>Body.</p>')).toBe(true)
    expect(without.image).toBe(FILE)
  })
})
