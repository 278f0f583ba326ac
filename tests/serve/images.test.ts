/** Images under the SDK's assetBaseUrl, resized, cropped and re-encoded by sharp per Sanity's parameters. */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'

import sharp from 'sharp'
import {afterAll, beforeAll, expect, it} from 'vitest'

import {repoPath} from '../support/shared.ts'
import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

const HERO = 'c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg'
const LOGO = '402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png'

let served: ServedDataset

beforeAll(async () => {
  served = await serveDataset()
})
afterAll(() => served?.close())

async function image(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${served.origin}/images/${path}`, {headers})
  const bytes = Buffer.from(await response.arrayBuffer())
  const meta = response.ok ? await sharp(bytes).metadata() : undefined
  return {response, bytes, meta}
}

it('serves the original, byte for byte, without parameters', async () => {
  const {response, bytes} = await image(HERO)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/jpeg')
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(bytes.equals(await readFile(repoPath('content/images', HERO)))).toBe(true)
})

it('resizes by width, keeping the ratio, and so a srcset offers smaller files', async () => {
  const small = await image(`${HERO}?w=320`)
  const large = await image(`${HERO}?w=1280`)
  expect([small.meta?.width, small.meta?.height, small.meta?.format]).toEqual([320, 180, 'jpeg'])
  expect([large.meta?.width, large.meta?.height]).toEqual([1280, 720])
  expect(small.bytes.length).toBeLessThan(large.bytes.length / 4)
})

it('crops to w × h with fit=crop, and cuts a rect first', async () => {
  expect((await image(`${HERO}?w=300&h=300&fit=crop`)).meta).toMatchObject({width: 300, height: 300})
  expect((await image(`${HERO}?rect=100,50,800,400&w=400`)).meta).toMatchObject({width: 400, height: 200})
  expect((await image(`${HERO}?w=400&h=400`)).meta).toMatchObject({width: 400, height: 225})
})

it('re-encodes with fm and q, and with auto=format gives WebP to browsers that take it', async () => {
  const webp = await image(`${HERO}?w=320&fm=webp`)
  expect(webp.response.headers.get('content-type')).toBe('image/webp')
  expect(webp.meta?.format).toBe('webp')
  const low = await image(`${HERO}?w=640&q=20`)
  const high = await image(`${HERO}?w=640&q=90`)
  expect(low.bytes.length).toBeLessThan(high.bytes.length)
  const auto = await image(`${HERO}?w=320&auto=format`, {accept: 'image/avif,image/webp,*/*'})
  expect([auto.meta?.format, auto.response.headers.get('vary')]).toEqual(['webp', 'Accept'])
  const plain = await image(`${HERO}?w=320&auto=format`, {accept: 'image/*'})
  expect(plain.meta?.format).toBe('jpeg')
  expect((await image(`${LOGO}?w=64&fm=png`)).meta).toMatchObject({width: 64, hasAlpha: true, format: 'png'})
})

it('never enlarges past the original, and refuses sizes past 8192 or bad values with 400', async () => {
  expect((await image(`${HERO}?w=4000`)).meta).toMatchObject({width: 1600, height: 900})
  const refusals = {
    'w=9000': 'w must be at most 8192 pixels; got 9000.',
    'h=0': 'h must be a whole number of pixels above 0; got "0".',
    'w=1.5': 'w must be a whole number of pixels above 0; got "1.5".',
    'q=101': 'q must be a whole number from 0 to 100; got "101".',
    'fit=cover': 'fit must be one of clip, crop, fill, fillmax, max, scale, min; got "cover".',
    'rect=1,2,3': 'rect must be four whole numbers left,top,width,height (width and height above 0); got "1,2,3".',
    'fm=bmp': 'fm must be one of jpg, pjpg, png, webp, avif, gif; got "bmp".',
    'dpr=5': 'dpr must be a number from 1 to 3; got "5".',
    'bg=red': 'bg must be a hex colour such as fff or 80ffffff; got "red".',
    'rect=2000,0,10,10': 'rect starts outside the 1600×900 image.',
    // The limits hold after dpr multiplies the size: no giant picture through the back door.
    'w=8192&h=8192&fit=fill&dpr=3': 'w × dpr must be at most 8192 pixels; got 24576 (dpr 3).',
    'w=4000&h=4000&fit=fill&dpr=2': 'w × h (after dpr) must be at most 40,000,000 pixels; got 8000 × 8000.',
  }
  for (const [query, message] of Object.entries(refusals)) {
    const {response, bytes} = await image(`${HERO}?${query}`)
    expect([query, response.status, bytes.toString('utf8')]).toEqual([query, 400, message])
  }
})

it('answers 404 for an unknown asset, and for names that are not an asset’s', async () => {
  expect((await image(`${'0'.repeat(40)}-10x10.jpg`)).response.status).toBe(404)
  expect((await image(`${'0'.repeat(40)}-10x10.jpg?w=5`)).response.status).toBe(404)
  expect((await image('../data.ndjson')).response.status).toBe(404)
})

it('gives each output an ETag and answers If-None-Match with 304', async () => {
  const first = await image(`${HERO}?w=640`)
  const etag = first.response.headers.get('etag')!
  expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
  const again = await fetch(`${served.origin}/images/${HERO}?w=640`, {headers: {'if-none-match': etag}})
  expect(again.status).toBe(304)
})

it('keeps resized images on disk, so a restart does not resize them again', async () => {
  await image(`${HERO}?w=480&fm=webp`)
  const kept = await readdir(join(served.dir, '.image-cache'))
  expect(kept.filter((name) => /^[0-9a-f]{40}\.webp$/.test(name)).length).toBeGreaterThanOrEqual(1)
  expect(kept.filter((name) => name.endsWith('.tmp'))).toEqual([])
})
