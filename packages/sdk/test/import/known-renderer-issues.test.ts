/**
 * Where `toMarkdown` (packages/sdk/src/render, another engineer's) and the mapping in
 * docs/portable-text-and-markdown.md disagree, found by the round-trip property test. Each
 * case is the smallest document that shows it; each is marked `fails` so the suite stays
 * green while it is open, and turns red the day the renderer is fixed, so the mark (and
 * the matching limit in support/arbitraries.ts) can go.
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

describe('known disagreements of toMarkdown with the mapping', () => {
  it.fails('a list item with no parent at level - 1 keeps its level ("starts a list at that level"); the renderer writes it one level up', () => {
    const body = [block('b1', [span('s1', 'indented first')], {listItem: 'bullet', level: 2})]
    // Written as "- indented first": level 1. "-\n  - indented first" would keep level 2.
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })

  it.fails('a decorative picture keeps its alt text in lossless Markdown; the renderer leaves it out', () => {
    const body = [{_type: 'imageWithCredit', _key: 'i1', asset: {_type: 'reference', _ref: 'image-abc-10x10-png'}, alt: 'A lake', decorative: true} as ImportedBlock]
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })

  it.fails('one link over text that is partly bold stays one link; the renderer splits it in two', () => {
    const body = [
      {
        ...block('b1', [span('s1', 'calm ', ['em']), span('s2', 'and', ['em', 'l1']), span('s3', ' kind', ['l1'])]),
        markDefs: [{_type: 'link', _key: 'l1', href: 'https://example.com', openInNewTab: false}],
      } as ImportedBlock,
    ]
    // Written as "*calm [and](https://example.com)*[ kind](https://example.com)": two links.
    expect(backFromMarkdown(body, false)).toEqual(strip(body))
  })

  it.fails('text ending in a colon before a :link directive stays text; the renderer writes ":::link", a container directive', () => {
    const body = [
      {
        ...block('b1', [span('s1', 'See::'), span('s2', 'this', ['l1'])]),
        markDefs: [{_type: 'link', _key: 'l1', href: 'https://example.com', openInNewTab: true}],
      } as ImportedBlock,
    ]
    expect(backFromMarkdown(body, true)).toEqual(strip(body))
  })
})
