/**
 * toHtml builds hast directly for the node types Portable Text produces; it must give what
 * mdast-util-to-hast gives for the same tree and the same handlers.
 */
import {readExport} from '@practice-press/sdk/node'
import {toMdast, type HastHandler} from '@practice-press/sdk/render'
import * as fc from 'fast-check'
import type {Root as HastRoot} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Link, Root} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'
import {toHast} from 'mdast-util-to-hast'
import {describe, expect, test} from 'vitest'

// The hast step alone (not exported), read from its source.
import {htmlFromMdast} from '../../src/render/html/html-from-mdast.ts'
import {standardBody} from './support/portable-text-arbitrary.ts'
import {standardOnly} from './support/standard-only.ts'

const link: HastHandler = (state, node: Link) => ({type: 'element', tagName: 'a', properties: {href: node.url}, children: state.all(node)})
const newTabLink: HastHandler = (state, node: TextDirective) => ({type: 'element', tagName: 'a', properties: {href: node.attributes?.href ?? undefined}, children: state.all(node)})

function ourHtmlAndReference(body: unknown[]): [string, string] {
  const tree = toMdast(body, {onWarning: false})
  const ours = htmlFromMdast(tree, {sanitize: false, hastHandlers: {link, ':link': newTabLink}})
  // htmlFromMdast has given the headings their ids (data.hProperties): the reference sees them too.
  const reference = hastToHtml(toHast(tree, {handlers: {link, textDirective: newTabLink}}) as HastRoot, {characterReferences: {useNamedReferences: true}})
  return [ours, reference]
}

describe('mdast -> hast', () => {
  test('generated Portable Text: the same HTML as mdast-util-to-hast', () => {
    fc.assert(
      fc.property(standardBody, (body) => {
        const [ours, reference] = ourHtmlAndReference(body)
        expect(ours).toBe(reference)
      }),
      {numRuns: 300, seed: 11},
    )
  })

  test('the example articles (their standard blocks): the same HTML as mdast-util-to-hast', async () => {
    const documents = await readExport(new URL('../../../../content', import.meta.url).pathname)
    const bodies = documents.filter((document) => document._type === 'article').map((document) => standardOnly(document.body as unknown[]))
    expect(bodies).toHaveLength(8)
    for (const body of bodies) {
      const [ours, reference] = ourHtmlAndReference(body)
      expect(ours).toBe(reference)
    }
  })

  test('code, thematic breaks, images and deletions, which custom handlers may produce: as mdast-util-to-hast gives them', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'thematicBreak'},
        {type: 'code', lang: 'js', value: 'let a = 1'},
        {type: 'code', value: ''},
        {type: 'paragraph', children: [{type: 'image', url: 'https://example.com/a.png', alt: 'A', title: 'T'}, {type: 'delete', children: [{type: 'text', value: 'gone'}]}]},
        {type: 'html', value: '<script>alert(1)</script>'},
      ],
    }
    const html = htmlFromMdast(structuredClone(tree), {sanitize: false})
    expect(html).toBe(hastToHtml(toHast(tree) as HastRoot, {characterReferences: {useNamedReferences: true}}))
    expect(html).toBe('<hr>\n<pre><code class="language-js">let a = 1\n</code></pre>\n<pre><code></code></pre>\n<p><img src="https://example.com/a.png" alt="A" title="T"><del>gone</del></p>')
  })

  test('another node type gives its children, or its value', () => {
    const tree = {type: 'root', children: [{type: 'aside', children: [{type: 'text', value: 'in'}]}, {type: 'note', value: 'v'}]} as unknown as Root
    expect(htmlFromMdast(tree, {sanitize: false})).toBe('in\nv')
    expect(htmlFromMdast(structuredClone(tree))).toBe('in\nv')
  })
})
