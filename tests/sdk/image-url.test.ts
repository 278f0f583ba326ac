/** Image URLs for both sources, from the same image value: crop and hotspot honoured. */
import {createSanitySource, imageUrl, srcset} from '@practice-press/sdk'
import {toHtml} from '@practice-press/sdk/render'
import {describe, expect, it} from 'vitest'

const image = {
  asset: {_id: 'image-0123456789abcdef0123456789abcdef01234567-1600x900-jpg'},
  crop: {top: 0.1, bottom: 0.1, left: 0, right: 0},
  hotspot: {x: 0.5, y: 0.5, width: 0.5, height: 0.5},
}
const dataset = {kind: 'dataset', assetBaseUrl: '/images'} as const
const sanity = createSanitySource({projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19'})

describe('imageUrl', () => {
  it('dataset source: {assetBaseUrl}/{sha1}-{w}x{h}.{ext} with Sanity’s parameters', () => {
    expect(imageUrl(dataset, image, {width: 800, height: 400, fit: 'crop', format: 'webp'})).toBe(
      '/images/0123456789abcdef0123456789abcdef01234567-1600x900.jpg?rect=80,90,1440,720&w=800&h=400&fm=webp&fit=crop',
    )
  })

  it('Sanity source: the image CDN, with the same parameters', () => {
    expect(imageUrl(sanity, image, {width: 800, height: 400, fit: 'crop', format: 'webp'})).toBe(
      'https://cdn.sanity.io/images/abc123/production/0123456789abcdef0123456789abcdef01234567-1600x900.jpg?rect=80,90,1440,720&w=800&h=400&fm=webp&fit=crop',
    )
  })

  it('no asset, no URL; bad sizes are refused by name', () => {
    expect(imageUrl(dataset, {asset: null})).toBeUndefined()
    expect(imageUrl(dataset, undefined)).toBeUndefined()
    expect(() => imageUrl(dataset, image, {width: -1})).toThrow('imageUrl: options.width must be a positive number of pixels; got -1.')
  })
})

describe('srcset', () => {
  it('offers each width up to the original, and the original itself', () => {
    const plain = {asset: {_ref: 'image-0123456789abcdef0123456789abcdef01234567-1000x500-png'}}
    expect(srcset(dataset, plain, {widths: [320, 640, 1280]})).toBe(
      [
        '/images/0123456789abcdef0123456789abcdef01234567-1000x500.png?w=320 320w',
        '/images/0123456789abcdef0123456789abcdef01234567-1000x500.png?w=640 640w',
        '/images/0123456789abcdef0123456789abcdef01234567-1000x500.png?w=1000 1000w',
      ].join(', '),
    )
  })
})

describe('fit modes (issue 7 §4): clip, max, fill, fillmax and scale never cut beyond the picture’s own crop', () => {
  const uncropped = {asset: {_ref: 'image-0123456789abcdef0123456789abcdef01234567-1000x667-jpg'}}
  const cropped = {...uncropped, crop: {top: 0.1, bottom: 0.1, left: 0.2, right: 0}}
  const file = '0123456789abcdef0123456789abcdef01234567-1000x667.jpg'
  const box = {width: 300, height: 50}
  // fit -> [uncropped, cropped]: the query after `?` for a 300x50 box.
  const expected: Record<string, [string, string]> = {
    clip: ['w=300&h=50&fit=clip', 'rect=200,67,800,533&w=300&h=50&fit=clip'],
    max: ['w=300&h=50&fit=max', 'rect=200,67,800,533&w=300&h=50&fit=max'],
    fill: ['w=300&h=50&fit=fill', 'rect=200,67,800,533&w=300&h=50&fit=fill'],
    fillmax: ['w=300&h=50&fit=fillmax', 'rect=200,67,800,533&w=300&h=50&fit=fillmax'],
    scale: ['w=300&h=50&fit=scale', 'rect=200,67,800,533&w=300&h=50&fit=scale'],
    crop: ['rect=0,251,1000,167&w=300&h=50&fit=crop', 'rect=200,268,800,133&w=300&h=50&fit=crop'],
    min: ['rect=0,251,1000,167&w=300&h=50&fit=min', 'rect=200,268,800,133&w=300&h=50&fit=min'],
  }
  const sources = [
    ['dataset', dataset, `/images/${file}`],
    ['Sanity', sanity, `https://cdn.sanity.io/images/abc123/production/${file}`],
  ] as const

  describe.each(sources)('%s source', (_name, source, base) => {
    it.each(Object.entries(expected))('fit %s', (fit, [plain, withCrop]) => {
      expect([
        imageUrl(source, uncropped, {...box, fit: fit as never}),
        imageUrl(source, cropped, {...box, fit: fit as never}),
      ]).toEqual([`${base}?${plain}`, `${base}?${withCrop}`])
    })
  })

  it('the issue’s own input: no rect for clip or max', () => {
    expect(imageUrl(dataset, uncropped, {...box, fit: 'clip'})).toBe(`/images/${file}?w=300&h=50&fit=clip`)
    expect(imageUrl(dataset, uncropped, {...box, fit: 'max'})).toBe(`/images/${file}?w=300&h=50&fit=max`)
  })

  it('refuses an unknown fit or format by name', () => {
    expect(() => imageUrl(dataset, uncropped, {fit: 'cover' as never})).toThrow('imageUrl: options.fit must be one of clip, crop, fill, fillmax, max, scale, min; got "cover".')
    expect(() => imageUrl(dataset, uncropped, {format: 'gif' as never})).toThrow('imageUrl: options.format must be one of jpg, pjpg, png, webp; got "gif".')
  })
})

describe('one builder: imageUrl, srcset and the renderer give the same URLs', () => {
  it('renderArticle’s picture uses srcset’s URLs, crop included', () => {
    const picture = {...image, asset: {_id: image.asset._id, url: `/images/0123456789abcdef0123456789abcdef01234567-1600x900.jpg`, width: 1600, height: 900}}
    const html = toHtml([{_type: 'imageWithCredit', _key: 'p', alt: 'Chairs', ...picture}], {onWarning: false})
    const expected = srcset(dataset, image)!.replaceAll('&', '&amp;')
    expect(expected).toContain('rect=0%2C90%2C1600%2C720&amp;w=320 320w')
    expect(html).toContain(`srcset="${expected}"`)
    // src is srcset's widest candidate as written there: imageUrl's URL with its commas as %2C.
    expect(html).toContain(`src="${imageUrl(dataset, image, {width: 1600})!.replaceAll(',', '%2C').replaceAll('&', '&amp;')}"`)
  })
})
