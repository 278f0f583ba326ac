/**
 * The SDK's image URL builder against `@sanity/image-url` 2.1.1, which it replaces: the
 * same URL for every picture and box where that library is right (fit `crop`, `min`, none,
 * and any fit with a width or a height alone); only the picture's own crop where it is not
 * (fit `clip`, `max`, `fill`, `fillmax`, `scale` with both width and height: issue 7 §4).
 */
import {imageUrl} from '@practice-press/sdk'
import {createImageUrlBuilder} from '@sanity/image-url'
import * as fc from 'fast-check'
import {expect, test} from 'vitest'

const sanity = {kind: 'sanity', projectId: 'p', dataset: 'd'} as const
const upstream = createImageUrlBuilder({projectId: 'p', dataset: 'd'})

const fraction = fc.double({min: 0, max: 0.45, noNaN: true})
const picture = fc.record({
  width: fc.integer({min: 1, max: 5000}),
  height: fc.integer({min: 1, max: 5000}),
  crop: fc.option(fc.record({top: fraction, bottom: fraction, left: fraction, right: fraction}), {nil: undefined}),
  hotspot: fc.option(
    fc.record({x: fc.double({min: 0, max: 1, noNaN: true}), y: fc.double({min: 0, max: 1, noNaN: true}), width: fc.double({min: 0.01, max: 1, noNaN: true}), height: fc.double({min: 0.01, max: 1, noNaN: true})}),
    {nil: undefined},
  ),
})
const box = fc.record({width: fc.option(fc.integer({min: 1, max: 3000}), {nil: undefined}), height: fc.option(fc.integer({min: 1, max: 3000}), {nil: undefined})})

function image(p: {width: number; height: number; crop?: object | undefined; hotspot?: object | undefined}) {
  return {asset: {_ref: `image-abc-${p.width}x${p.height}-jpg`}, ...(p.crop ? {crop: p.crop} : {}), ...(p.hotspot ? {hotspot: p.hotspot} : {})}
}

test('fit crop, min or none: the same URL as @sanity/image-url', () => {
  fc.assert(
    fc.property(picture, box, fc.constantFrom(undefined, 'crop', 'min'), (p, b, fit) => {
      let builder = upstream.image(image(p) as never)
      if (b.width) builder = builder.width(b.width)
      if (b.height) builder = builder.height(b.height)
      if (fit) builder = builder.fit(fit)
      expect(imageUrl(sanity, image(p), {...b, ...(fit ? {fit} : {})})).toBe(builder.url())
    }),
  )
})

test('fit clip, max, fill, fillmax or scale: @sanity/image-url’s URL less the hotspot box (its own crop only)', () => {
  fc.assert(
    fc.property(picture, box, fc.constantFrom('clip', 'max', 'fill', 'fillmax', 'scale' as const), (p, b, fit) => {
      let builder = upstream.image(image(p) as never).fit(fit)
      if (b.width) builder = builder.width(b.width)
      if (b.height) builder = builder.height(b.height)
      // Without both sides the library sends only the own crop: it must agree; with both, strip its box and add the crop.
      const ownCrop = upstream.image(image(p) as never).url().split('?')[1]
      const expected = b.width && b.height ? builder.url().replace(/\?rect=[^&]*&/, ownCrop ? `?${ownCrop}&` : '?') : builder.url()
      expect(imageUrl(sanity, image(p), {...b, fit})).toBe(expected)
    }),
  )
})
