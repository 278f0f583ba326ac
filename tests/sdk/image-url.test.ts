/** Image URLs for both sources, from the same image value: crop and hotspot honoured. */
import {createSanitySource, imageUrl, srcset} from '@practice-press/sdk'
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
    expect(() => imageUrl(dataset, image, {width: -1})).toThrow('width must be a positive number of pixels; got -1.')
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
