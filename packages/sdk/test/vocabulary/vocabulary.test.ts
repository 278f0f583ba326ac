/** The shared vocabulary render and import both read: one directive table, one safeUrl, the schema's tones. */
import {fromMarkdown} from '@practice-press/sdk/import'
import {toMarkdown} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

// The shared vocabulary is internal (not exported): read from its source.
import {CALLOUT_LABELS, CALLOUT_TONES} from '../../src/vocabulary/callout-tones.ts'
import {DIRECTIVES, directiveKey} from '../../src/vocabulary/directives.ts'
import {classifyHref, LINK_SCHEMES, safeUrl} from '../../src/vocabulary/safe-url.ts'

describe('the directive table', () => {
  test('keys are computed from kind and name', () => {
    expect(Object.values(DIRECTIVES).map((spec) => directiveKey(spec))).toEqual([
      '::image',
      ':::callout',
      '::pullquote',
      '::cta',
      ':link',
      ':internal',
      '::unknown',
      '::empty',
      ':br',
      ':::crisis-notice',
    ])
  })

  test('render writes the image attributes in the order import reads them', () => {
    const picture = {
      _type: 'imageWithCredit',
      asset: {_ref: 'image-abc-10x10-jpg'},
      alt: 'Chairs',
      caption: 'Two chairs',
      credit: {name: 'Sam', source: 'Studio', url: 'https://example.com/'},
      hotspot: {x: 0.5, y: 0.5, height: 1, width: 1},
      crop: {top: 0, bottom: 0, left: 0, right: 0},
    }
    const markdown = toMarkdown([picture], {lossless: true, onWarning: false})
    const written = [...markdown.matchAll(/[{ ](\w+)="/g)].map((match) => match[1])
    expect(written).toEqual(DIRECTIVES.imageWithCredit.attributes.filter((name) => name !== 'decorative'))
    expect(fromMarkdown(markdown).report).toEqual([])
  })
})

test('callout tones are the schema generated type, in its order', () => {
  expect(CALLOUT_TONES).toEqual(['note', 'tip', 'important', 'caution'])
})

test('the callout labels readers see', () => {
  expect(CALLOUT_LABELS).toEqual({note: 'Note', tip: 'Tip', important: 'Important', caution: 'Gentle warning'})
})

describe('one safeUrl for render and import', () => {
  test.each([
    ['https://example.com/', 'ok'],
    ['mailto:a@example.com', 'ok'],
    ['/about', 'relative'],
    ['javascript:alert(1)', 'unsafe'],
    ['java&#x09;script:alert(1)', 'unsafe'],
    ['javascript&colon;alert(1)', 'unsafe'],
    ['%6Aavascript:alert(1)', 'unsafe'],
    ['data:text/html,x', 'unsafe'],
  ])('classifyHref(%j) is %j, as safeUrl decides', (href, verdict) => {
    expect(classifyHref(href)).toBe(verdict)
    expect(safeUrl(href, LINK_SCHEMES) === undefined).toBe(verdict === 'unsafe')
  })

  test('import drops a link that only character references make unsafe (classifyHref used to keep it as relative)', () => {
    const {blocks, report} = fromMarkdown('[x](javascript&colon;alert(1))')
    expect(JSON.stringify(blocks)).not.toContain('javascript')
    expect(report.map((entry) => entry.kind)).toEqual(['unsafe-link'])
  })

  test('a directive or handler named after an Object.prototype key finds nothing', () => {
    const {report} = fromMarkdown('::constructor\n\n::toString')
    expect(report.map((entry) => entry.kind)).toEqual(['unknown-directive', 'unknown-directive'])
  })
})
