/** The `@example`s in the TSDoc of the public functions run, and give what they say. */
import {countingKeys, fromHtml, fromMarkdown, fromMdast, fromText, normalizePortableText, type ImportedBlock} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

// Internals of the importers (not exported), read from their source.
import {parseCreditLine} from '../../src/import/credit-line.ts'
import {randomKey} from '../../src/import/keys.ts'

const kinds = (blocks: ImportedBlock[]) => blocks.map((block) => (block._type === 'block' ? block.style : block._type))

describe('the TSDoc examples', () => {
  it('fromMarkdown', () => {
    const {blocks, report} = fromMarkdown('## Slow down\n\nPut your **phone** away.\n\n![Two mugs](https://example.com/mugs.jpg)')
    expect(kinds(blocks)).toEqual(['h2', 'normal', 'imageWithCredit'])
    expect(report.map((entry) => entry.kind)).toEqual(['image-asset-unresolved'])
  })

  it('fromHtml', () => {
    const {blocks, report} = fromHtml('<h1>Trust</h1><p>It <b>takes</b> time.</p><script>track()</script>')
    expect(kinds(blocks)).toEqual(['h2', 'normal'])
    expect(report.map((entry) => entry.kind)).toEqual(['heading-level', 'dropped-element'])
  })

  it('fromText', () => {
    const text = 'Talk with Lia\n\nTwo chairs by a window\n\nTrust takes time.\n\nHow to Rebuild\n\nListen first.'
    const {blocks, report} = fromText(text, {siteName: 'Talk with Lia'})
    expect(kinds(blocks)).toEqual(['imageWithCredit', 'normal', 'h2', 'normal'])
    expect(report.map((entry) => entry.kind)).toEqual(['no-title', 'image-asset-unresolved'])
  })

  it('fromMdast', () => {
    const {blocks} = fromMdast(
      {type: 'root', children: [{type: 'heading', depth: 3, children: [{type: 'text', value: 'Slow down'}]}]},
      {generateKey: countingKeys()},
    )
    expect(blocks).toEqual([
      {_type: 'block', _key: '000000000001', style: 'h3', markDefs: [], children: [{_type: 'span', _key: '000000000002', text: 'Slow down', marks: []}]},
    ])
  })

  it('normalizePortableText', () => {
    expect(
      normalizePortableText([
        {
          _type: 'block',
          _key: 'a1',
          children: [
            {_type: 'span', _key: 's1', text: 'Hel', marks: ['em', 'strong']},
            {_type: 'span', _key: 's2', text: 'lo', marks: ['strong', 'em']},
          ],
        },
      ]),
    ).toEqual([{_type: 'block', _key: 'a1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', text: 'Hello', marks: ['strong', 'em']}]}])
  })

  it('parseCreditLine, countingKeys, randomKey', () => {
    expect(parseCreditLine('Photo by Jane Doe from Unsplash')).toEqual({name: 'Jane Doe', source: 'Unsplash'})
    expect(countingKeys()()).toBe('000000000001')
    expect(randomKey()).toMatch(/^[0-9a-f]{12}$/)
  })
})
