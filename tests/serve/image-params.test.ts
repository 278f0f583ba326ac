/**
 * Every image parameter, and the combinations that meet in one URL, against the shape
 * Sanity's image API answers (its image URL reference, which follows imgix's rules for
 * `fit` and `crop`): a table of URL -> width × height. Bad values are a 400 naming the
 * parameter; an image that cannot be decoded (a decompression bomb) is a 422 saying why,
 * never a 500, and its original is still served as stored.
 */
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {deflateSync, crc32} from 'node:zlib'

import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {serveDataset, type ServedDataset} from '../support/serve-dataset.ts'

/** The example dataset's hero, 1600 × 900. */
const HERO = 'c42714b42969639bdfe83f01658dea7cc951d676-1600x900.jpg'
/** A portrait smaller than the boxes asked for, 200 × 300. */
const SMALL = `${'a'.repeat(40)}-200x300.png`
/** A PNG whose header says 20,000 × 20,000 (400 megapixels) in a few hundred bytes. */
const BOMB = `${'b'.repeat(40)}-20000x20000.png`

let served: ServedDataset

beforeAll(async () => {
  served = await serveDataset()
  const small = await sharp({create: {width: 200, height: 300, channels: 3, background: '#3a7'}}).png().toBuffer()
  await writeFile(join(served.dir, 'images', SMALL), small)
  await writeFile(join(served.dir, 'images', BOMB), bombPng(20_000, 20_000))
})
afterAll(() => served?.close())

/** A PNG chunk: length, type, data, CRC-32 of type and data (PNG specification, 5.3). */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG with a valid header for `width` × `height` and one compressed row of its data. */
function bombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(Buffer.alloc(width * 3 + 1))), pngChunk('IEND', Buffer.alloc(0))])
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${served.origin}/images/${path}`, {headers})
  const bytes = Buffer.from(await response.arrayBuffer())
  return {response, bytes}
}

async function size(path: string): Promise<string> {
  const {response, bytes} = await get(path)
  if (!response.ok) return `${response.status} ${bytes.toString('utf8')}`
  const meta = await sharp(bytes).metadata()
  return `${meta.width}x${meta.height} ${meta.format}`
}

describe('on a 1600 × 900 picture', () => {
  it.each([
    ['w=300', '300x169 jpeg'],
    ['h=300', '533x300 jpeg'],
    ['max-w=300', '300x169 jpeg'],
    ['max-h=300', '533x300 jpeg'],
    // fit=crop with bounds: the free side follows the shape at the asked side, clamped, and is cut to.
    ['h=200&max-w=300&fit=crop', '300x200 jpeg'],
    ['h=200&max-w=500&fit=crop', '356x200 jpeg'],
    ['h=200&min-w=500&fit=crop', '500x200 jpeg'],
    ['w=300&min-h=300&fit=crop', '300x300 jpeg'],
    ['w=300&max-h=100&fit=crop', '300x100 jpeg'],
    ['w=300&min-h=100&max-h=150&fit=crop', '300x150 jpeg'],
    ['h=200&min-w=150&dpr=2&fit=crop', '711x400 jpeg'],
    ['w=300&h=300&min-w=500&fit=crop', '300x300 jpeg'],
    // without fit=crop, min-w and min-h do nothing (Sanity's reference: they work with fit=crop).
    ['w=300&min-h=300', '300x169 jpeg'],
    ['w=300&h=300', '300x169 jpeg'],
    ['w=300&h=300&fit=clip', '300x169 jpeg'],
    ['w=300&h=300&fit=max', '300x169 jpeg'],
    ['w=300&h=300&fit=crop', '300x300 jpeg'],
    ['w=300&h=300&fit=min', '300x300 jpeg'],
    ['w=300&h=300&fit=fill', '300x300 jpeg'],
    ['w=300&h=300&fit=fillmax', '300x300 jpeg'],
    ['w=300&h=300&fit=scale', '300x300 jpeg'],
    // scale with one side keeps the ratio.
    ['w=300&fit=scale', '300x169 jpeg'],
    ['h=300&fit=scale', '533x300 jpeg'],
    // crop: every edge and pair, in either order; entropy; center; focal points anywhere.
    ['w=300&h=300&fit=crop&crop=top', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=bottom', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=left', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=right', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=top,left', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=left,top', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=bottom,right', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=top,right', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=bottom,left', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=center', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=entropy', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&fp-x=0.1&fp-y=0.1', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&fp-x=0.9&fp-y=0.9', '300x300 jpeg'],
    ['w=300&h=300&fit=crop&crop=focalpoint&fp-x=0&fp-y=1', '300x300 jpeg'],
    ['w=300&h=100&fit=min&crop=focalpoint&fp-x=1&fp-y=0', '300x100 jpeg'],
    // rect cuts first; dpr multiplies; never enlarged by clip.
    ['rect=0,0,800,450&w=400', '400x225 jpeg'],
    ['rect=100,50,800,400&w=400&h=400&fit=crop&crop=top', '400x400 jpeg'],
    ['rect=100,50,800,400&w=200&h=200&fit=crop&fp-x=0.9&fp-y=0.1', '200x200 jpeg'],
    ['w=300&dpr=2', '600x338 jpeg'],
    ['w=300&h=300&fit=crop&dpr=1.5', '450x450 jpeg'],
    ['w=3200', '1600x900 jpeg'],
    ['w=3200&fit=scale', '3200x1800 jpeg'],
    // formats, quality, background.
    ['w=100&fm=webp', '100x56 webp'],
    ['w=100&fm=png', '100x56 png'],
    ['w=100&fm=avif', '100x56 heif'],
    ['w=100&fm=pjpg&q=40', '100x56 jpeg'],
    ['w=300&h=300&fit=fill&bg=ff0000', '300x300 jpeg'],
  ])('%s -> %s', async (query, expected) => {
    expect(await size(`${HERO}?${query}`)).toBe(expected)
  })

  it('auto=format gives WebP to a browser that takes it and says Vary: Accept', async () => {
    const {response, bytes} = await get(`${HERO}?w=100&auto=format`, {accept: 'image/avif,image/webp,*/*'})
    expect([response.headers.get('content-type'), response.headers.get('vary'), (await sharp(bytes).metadata()).format]).toEqual(['image/webp', 'Accept', 'webp'])
  })

  it('a focal point near a corner shows that corner', async () => {
    // Left half black, right half white: a focal point at the right edge shows white.
    const halves = await sharp({create: {width: 400, height: 200, channels: 3, background: '#000'}})
      .composite([{input: await sharp({create: {width: 200, height: 200, channels: 3, background: '#fff'}}).png().toBuffer(), left: 200, top: 0}])
      .png()
      .toBuffer()
    const name = `${'c'.repeat(40)}-400x200.png`
    await writeFile(join(served.dir, 'images', name), halves)
    const mean = async (query: string) => (await sharp((await get(`${name}?${query}`)).bytes).stats()).channels[0]?.mean ?? -1
    // Near white and near black: resampling blends the one column at the boundary.
    expect(await mean('w=100&h=100&fit=crop&fp-x=0.95&fp-y=0.5')).toBeGreaterThan(250)
    expect(await mean('w=100&h=100&fit=crop&fp-x=0.05&fp-y=0.5')).toBeLessThan(5)
    expect(await mean('w=100&h=100&fit=crop&crop=right')).toBeGreaterThan(250)
    expect(await mean('w=100&h=100&fit=crop&crop=left,top')).toBeLessThan(5)
  })
})

describe('on a 200 × 300 picture, smaller than the box', () => {
  it.each([
    // crop fills the asked size exactly, enlarging as Sanity's API does.
    ['w=400&h=400&fit=crop', '400x400 png'],
    ['w=400&h=400&fit=crop&fp-x=0.9&fp-y=0.9', '400x400 png'],
    // min takes the asked shape, never larger than the original.
    ['w=400&h=400&fit=min', '200x200 png'],
    ['w=400&h=200&fit=min', '200x100 png'],
    // a tall picture at h=100 is a sliver; min-w widens the cut.
    ['h=100&min-w=150&fit=crop', '150x100 png'],
    // clip and max never enlarge; scale and fill do.
    ['w=400&h=400', '200x300 png'],
    ['w=400&h=400&fit=max', '200x300 png'],
    ['w=400&h=400&fit=scale', '400x400 png'],
    ['w=400&h=400&fit=fill', '400x400 png'],
  ])('%s -> %s', async (query, expected) => {
    expect(await size(`${SMALL}?${query}`)).toBe(expected)
  })
})

describe('bad values', () => {
  it.each([
    ['crop=bogus', 'crop must be one of top, bottom, left, right, center, focalpoint, entropy; got "bogus".'],
    ['crop=top,bottom', 'crop takes top or bottom, not both; got "top,bottom".'],
    ['crop=left,right', 'crop takes left or right, not both; got "left,right".'],
    ['fit=cover', 'fit must be one of clip, crop, fill, fillmax, max, scale, min; got "cover".'],
    ['w=abc', 'w must be a whole number of pixels above 0; got "abc".'],
    ['max-h=-1', 'max-h must be a whole number of pixels above 0; got "-1".'],
    ['min-w=0', 'min-w must be a whole number of pixels above 0; got "0".'],
    ['min-h=1.5', 'min-h must be a whole number of pixels above 0; got "1.5".'],
    ['fp-x=2', 'fp-x must be a number from 0 to 1; got "2".'],
    ['fp-y=-0.1', 'fp-y must be a number from 0 to 1; got "-0.1".'],
    ['q=-1', 'q must be a whole number from 0 to 100; got "-1".'],
    ['dpr=0.5', 'dpr must be a number from 1 to 3; got "0.5".'],
    ['bg=12345', 'bg must be a hex colour such as fff or 80ffffff; got "12345".'],
    ['fm=bmp', 'fm must be one of jpg, pjpg, png, webp, avif, gif; got "bmp".'],
  ])('%s is a 400 naming the parameter', async (query, message) => {
    const {response, bytes} = await get(`${HERO}?${query}&w=100`)
    expect([response.status, bytes.toString('utf8')]).toEqual([400, message])
  })
})

describe('an image that cannot be resized', () => {
  it('a decompression bomb asked at w=100 is a 422 that says why, and its original is served as stored', async () => {
    const {response, bytes} = await get(`${BOMB}?w=100`)
    expect(response.status).toBe(422)
    expect(bytes.toString('utf8')).toBe(
      'This image is 20000 × 20000 pixels, more than the 100,000,000 that are resized. The original is served without parameters; store a smaller one to have it resized.',
    )
    const original = await get(BOMB)
    expect([original.response.status, original.bytes.equals(bombPng(20_000, 20_000))]).toEqual([200, true])
  })

  it('bytes that are no image are a 422, not a 500', async () => {
    const name = `${'d'.repeat(40)}-10x10.png`
    await writeFile(join(served.dir, 'images', name), 'not a picture')
    const {response, bytes} = await get(`${name}?w=5`)
    expect(response.status).toBe(422)
    expect(bytes.toString('utf8')).toMatch(/^This image cannot be resized: .+\. The original is served without parameters\.$/)
  })
})
