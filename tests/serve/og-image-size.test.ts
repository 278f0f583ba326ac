/**
 * `og:image:width/height` (and the JSON-LD image's width and height) state the size the
 * image server actually answers that URL with. They said 1200x630 always, while a hero
 * narrower than 1200 px was served smaller. Heroes of several sizes and crops, each
 * declared size checked against the picture `serve` sends for the declared URL.
 */
import {createHash} from 'node:crypto'

import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const BASE_URL = 'https://www.talkwithlia.example'

interface Hero {
  slug: string
  width: number
  height: number
  crop?: {top: number; bottom: number; left: number; right: number}
  /** What og:image must declare (and the server send). */
  og: [number, number]
}

const HEROES: Hero[] = [
  {slug: 'hero-200', width: 200, height: 150, og: [200, 105]},
  {slug: 'hero-tall-300', width: 300, height: 900, og: [300, 158]},
  {slug: 'hero-wide-short', width: 2000, height: 300, og: [571, 300]},
  {slug: 'hero-large', width: 2400, height: 1600, og: [1200, 630]},
  {slug: 'hero-cropped', width: 1600, height: 900, crop: {top: 0, bottom: 0, left: 0.25, right: 0.25}, og: [800, 420]},
]

async function png(width: number, height: number): Promise<{bytes: Buffer; file: string}> {
  const bytes = await sharp({create: {width, height, channels: 3, background: {r: 120, g: 160, b: 200}}}).png().toBuffer()
  return {bytes, file: `${createHash('sha1').update(bytes).digest('hex')}-${width}x${height}.png`}
}

let served: ServedDataset
beforeAll(async () => {
  const files: Record<string, Uint8Array> = {}
  const documents: Record<string, unknown>[] = []
  for (const [index, hero] of HEROES.entries()) {
    const {bytes, file} = await png(hero.width, hero.height)
    files[`images/${file}`] = bytes
    documents.push({
      _id: `article-${hero.slug}`,
      _type: 'article',
      _rev: 'r1',
      _createdAt: '2026-11-01T00:00:00Z',
      _updatedAt: '2026-11-01T00:00:00Z',
      publishedAt: `2026-11-2${index}T12:00:00Z`,
      author: {_type: 'reference', _ref: 'author-sam-rivera'},
      title: `A hero of ${hero.width} × ${hero.height}`,
      slug: {_type: 'slug', current: hero.slug},
      excerpt: 'A picture size.',
      heroImage: {_type: 'imageWithCredit', _sanityAsset: `image@file://./images/${file}`, alt: 'A flat blue picture', ...(hero.crop ? {crop: {_type: 'sanity.imageCrop', ...hero.crop}} : {})},
      body: [{_type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', marks: [], text: 'Body.'}]}],
    })
  }
  served = await serveDataset({watch: false, extraDocuments: documents, extraFiles: files})
})
afterAll(() => served?.close())

const meta = (page: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)">`).exec(page)?.[1]?.replaceAll('&amp;', '&')

/** The picture the server sends for a URL the page declares under the practice's address. */
async function servedSize(url: string): Promise<[number, number]> {
  const response = await fetch(url.replace(BASE_URL, served.origin))
  expect(response.status).toBe(200)
  const read = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return [read.width, read.height]
}

describe('og:image declares the size served', () => {
  it.each(HEROES.map((hero) => [hero.slug, hero] as const))('%s', async (_slug, hero) => {
    const page = await (await fetch(`${served.origin}/articles/${hero.slug}`)).text()
    const url = meta(page, 'og:image')
    if (!url) throw new Error(`no og:image on ${hero.slug}`)
    const declared: [number, number] = [Number(meta(page, 'og:image:width')), Number(meta(page, 'og:image:height'))]
    expect(declared).toEqual(hero.og)
    expect(await servedSize(url)).toEqual(declared)
  })

  it.each(HEROES.map((hero) => [hero.slug, hero] as const))('%s: the JSON-LD image too', async (_slug, hero) => {
    const page = await (await fetch(`${served.origin}/articles/${hero.slug}`)).text()
    const posting = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((match) => JSON.parse(match[1]!) as {'@type': string; image?: {url: string; width?: string; height?: string}})
      .find((data) => data['@type'] === 'BlogPosting')
    const image = posting?.image
    if (!image) throw new Error(`no BlogPosting image on ${hero.slug}`)
    expect(await servedSize(image.url)).toEqual([Number(image.width), Number(image.height)])
  })
})
