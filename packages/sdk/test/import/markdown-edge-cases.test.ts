/**
 * Edge cases of the Markdown round trip that the property test found (and the renderer
 * now handles): each is the smallest document that showed one, kept as a regression test.
 */
import {fromMarkdown, normalizePortableText, type ImportedBlock} from '@practice-press/sdk/import'
import {toMarkdown} from '@practice-press/sdk/render'
import {describe, expect, it} from 'vitest'

const strip = (blocks: readonly unknown[]) => normalizePortableText(blocks, {keys: 'strip'})
const span = (_key: string, text: string, marks: string[] = []) => ({_type: 'span' as const, _key, text, marks})
const block = (_key: string, children: ReturnType<typeof span>[], extra: Record<string, unknown> = {}): ImportedBlock =>
  ({_type: 'block', _key, style: 'normal', markDefs: [], children, ...extra}) as ImportedBlock

function backFromMarkdown(body: ImportedBlock[], lossless: boolean): unknown[] {
  return strip(fromMarkdown(toMarkdown(body as never, {lossless, onWarning: false})).blocks)
}

describe('Markdown round trips at the edges', () => {
  it('a list item with no parent at level - 1 keeps its level ("starts a list at that level")', () => {
    const body = [block('b1', [span('s1', 'indented first')], {listItem: 'bullet', level: 2})]
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })

  it('a decorative picture keeps its alt text in lossless Markdown', () => {
    const body = [{_type: 'imageWithCredit', _key: 'i1', asset: {_type: 'reference', _ref: 'image-abc-10x10-png'}, alt: 'A lake', decorative: true} as ImportedBlock]
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })

  it('one link over text that is partly bold stays one link', () => {
    const body = [
      {
        ...block('b1', [span('s1', 'calm ', ['em']), span('s2', 'and', ['em', 'l1']), span('s3', ' kind', ['l1'])]),
        markDefs: [{_type: 'link', _key: 'l1', href: 'https://example.com', openInNewTab: false}],
      } as ImportedBlock,
    ]
    expect(backFromMarkdown(body, false)).toEqual(strip(body))
  })

  it('text ending in a colon before a :link directive stays text, not a container directive', () => {
    const body = [
      {
        ...block('b1', [span('s1', 'See::'), span('s2', 'this', ['l1'])]),
        markDefs: [{_type: 'link', _key: 'l1', href: 'https://example.com', openInNewTab: true}],
      } as ImportedBlock,
    ]
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })
})
