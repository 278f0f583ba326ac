/** Real remark and rehype plugins from npm through toHtml, toMarkdown and toText, run with unified(). */
import {createHastHandlers, parsePortableText, sanitizeSchema, toHtml, toMarkdown, toText} from '@practice-press/sdk/render'
import type {Root as HastRoot} from 'hast'
import rehypeExternalLinks from 'rehype-external-links'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkRehype from 'remark-rehype'
import remarkSmartypants from 'remark-smartypants'
import remarkStringify from 'remark-stringify'
import {unified, type PluggableList, type Preset} from 'unified'
import {describe, expect, test} from 'vitest'

const paragraph = (text: string) => ({_type: 'block', style: 'normal', markDefs: [], children: [{_type: 'span', text, marks: []}]})
const quoted = [paragraph('She said "wait" -- then... listened.')]
const linked = [{_type: 'block', markDefs: [{_type: 'link', _key: 'l', href: 'https://example.org/'}], children: [{_type: 'span', text: 'Read', marks: ['l']}]}]

const rehypeHostile = () => (tree: HastRoot) => {
  tree.children.push(
    {type: 'element', tagName: 'script', properties: {}, children: [{type: 'text', value: 'alert(1)'}]},
    {type: 'element', tagName: 'img', properties: {src: 'x', onError: 'alert(1)'}, children: []},
    {type: 'element', tagName: 'a', properties: {href: 'javascript:alert(1)'}, children: [{type: 'text', value: 'x'}]},
  )
}
const rehypeBoom = () => () => {
  throw new Error('boom')
}

const rehypeLater = () => async (tree: HastRoot) => tree

describe('remarkPlugins run on the mdast before every output', () => {
  test('remark-smartypants through toHtml, toMarkdown and toText', () => {
    expect(toHtml(quoted, {unified, remarkPlugins: [remarkSmartypants]})).toBe('<p>She said “wait” — then… listened.</p>')
    expect(toMarkdown(quoted, {unified, remarkPlugins: [remarkSmartypants]})).toBe('She said “wait” — then… listened.\n')
    expect(toText(quoted, {unified, remarkPlugins: [remarkSmartypants]})).toBe('She said “wait” — then… listened.')
  })

  test('a preset, and [plugin, options]', () => {
    const preset: Preset = {plugins: [[remarkSmartypants, {dashes: 'oldschool'}]]}
    expect(toHtml(quoted, {unified, remarkPlugins: [preset]})).toBe('<p>She said “wait” – then… listened.</p>')
    expect(toHtml([paragraph('a --- b')], {unified, remarkPlugins: [preset]})).toBe('<p>a — b</p>')
  })
})

describe('rehypePlugins run on the hast before the sanitiser', () => {
  test('rehype-external-links with options: its rel values are kept, and a new tab always gets noopener', () => {
    const rehypePlugins = [[rehypeExternalLinks, {rel: ['nofollow', 'noopener'], target: '_blank'}]] as PluggableList
    expect(toHtml(linked, {unified, rehypePlugins})).toBe('<p><a href="https://example.org/" rel="nofollow noopener" target="_blank">Read</a></p>')
    // Its defaults replace our rel with "nofollow": noopener comes back, since the link opens a new tab.
    expect(toHtml(linked, {unified, rehypePlugins: [[rehypeExternalLinks, {target: '_blank'}]]})).toBe(
      '<p><a href="https://example.org/" rel="nofollow noopener" target="_blank">Read</a></p>',
    )
    // A rel value outside the schema's list goes; the schema can be widened.
    const made = [[rehypeExternalLinks, {rel: ['me'], target: '_blank'}]] as PluggableList
    expect(toHtml(linked, {unified, rehypePlugins: made})).toBe('<p><a href="https://example.org/" rel="noopener" target="_blank">Read</a></p>')
    const withMe = {...sanitizeSchema, attributes: {...sanitizeSchema.attributes, a: ['href', 'rel', 'target']}}
    expect(toHtml(linked, {unified, rehypePlugins: made, sanitize: withMe})).toBe('<p><a href="https://example.org/" rel="me noopener" target="_blank">Read</a></p>')
  })

  test('rehype-slug gives ids to headings that have none', () => {
    const hastHandlers = {heading: (state: {all(node: unknown): never[]}, node: unknown) => ({type: 'element', tagName: 'h3', properties: {}, children: state.all(node)})}
    const heading = [{_type: 'block', style: 'h3', children: [{_type: 'span', text: 'Slow down'}]}]
    expect(toHtml(heading, {hastHandlers: hastHandlers as never})).toBe('<h3>Slow down</h3>')
    expect(toHtml(heading, {hastHandlers: hastHandlers as never, unified, rehypePlugins: [rehypeSlug]})).toBe('<h3 id="slow-down">Slow down</h3>')
  })

  test('a hostile plugin is neutralised by the sanitiser after it', () => {
    const html = toHtml(linked, {unified, rehypePlugins: [rehypeHostile]})
    expect(html).toBe('<p><a href="https://example.org/" rel="noopener noreferrer">Read</a></p><img src="x"><a>x</a>')
  })

  test("a throwing plugin's error names it", () => {
    expect(() => toHtml(linked, {unified, rehypePlugins: [rehypeSlug, rehypeBoom]})).toThrow('options.rehypePlugins[1] (rehypeBoom): boom')
  })

  test('an async plugin is refused clearly', () => {
    expect(() => toHtml(linked, {unified, rehypePlugins: [rehypeLater]})).toThrow('options.rehypePlugins[0] (rehypeLater) is async; plugins run synchronously.')
  })

  test('plugins without unified are refused, naming the option', () => {
    expect(() => toHtml(linked, {rehypePlugins: [rehypeSlug]})).toThrow("toHtml: options.unified must be unified (import {unified} from 'unified') to run options.rehypePlugins; got undefined.")
  })
})

test('parsePortableText starts any remark pipeline from Portable Text', () => {
  const blocks = [paragraph('Hello.'), {_type: 'callout', tone: 'tip', text: 'Breathe.'}]
  const markdown = unified().use(parsePortableText).use(remarkDirective).use(remarkStringify).processSync(JSON.stringify(blocks))
  expect(String(markdown)).toBe('Hello.\n\n:::callout{tone="tip"}\nBreathe.\n:::\n')
  const html = unified().use(parsePortableText).use(remarkRehype, {handlers: createHastHandlers()}).use(rehypeStringify).processSync(JSON.stringify(blocks))
  expect(String(html)).toBe('<p>Hello.</p>\n<aside role="note" class="callout callout-tip"><p class="callout-label">Tip</p><p>Breathe.</p></aside>')
})
