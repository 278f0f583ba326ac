/** parseCreditLine: the picture credits people paste under photos. */
import {describe, expect, it} from 'vitest'

// An internal of the importers (not exported), read from its source.
import {parseCreditLine} from '../../src/import/credit-line.ts'

describe('parseCreditLine', () => {
  it.each([
    ['Photo by Khamkéo Vilaysing from Unsplash', {name: 'Khamkéo Vilaysing', source: 'Unsplash'}],
    ['Photo by Jane Doe on Unsplash.', {name: 'Jane Doe', source: 'Unsplash'}],
    ['Image: Lee Park / Pexels', {name: 'Lee Park', source: 'Pexels'}],
    ['Photo: Sam Lee, Pixabay', {name: 'Sam Lee', source: 'Pixabay'}],
    ['Photo credit: Unsplash', {source: 'Unsplash'}],
    ['Image: Jane Doe', {name: 'Jane Doe'}],
    ['Illustration by Ana Ruiz via Canva', {name: 'Ana Ruiz', source: 'Canva'}],
    ['Credit: Getty Images', {source: 'Getty Images'}],
  ])('reads %j', (line, credit) => {
    expect(parseCreditLine(line)).toEqual(credit)
  })

  it.each(['Photographs of the office are on the next page.', 'Image:', 'A photo by the sea', `Photo by ${'x'.repeat(200)}`])(
    'does not read %j as a credit',
    (line) => {
      expect(parseCreditLine(line)).toBeUndefined()
    },
  )
})
