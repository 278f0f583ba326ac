import {defaultImageUrl, sanitizeSchema, toHtml, type HastPlugin} from '@practice-press/sdk/render'
import type {Element} from 'hast'
import {describe, expect, test} from 'vitest'

// The widths srcset offers (not exported), read from its source.
import {srcsetWidths} from '../../src/images/image-widths.ts'

const span = (text: string, marks: string[] = []) => ({_type: 'span', text, marks})
const heading = (text: string) => ({_type: 'block', style: 'h2', children: [span(text)]})
const image = (asset: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({_type: 'imageWithCredit', alt: 'A path', asset, ...extra})
const internal = (definition: Record<string, unknown>) => [
  {_type: 'block', markDefs: [{_type: 'internalLink', _key: 'i', ...definition}], children: [span('the office', ['i'])]},
]

const sanJoseOnly = (ref: string) => (ref === 'location-san-jose' ? {_type: 'location', slug: {current: 'san-jose'}} : undefined)
const addClass: HastPlugin = (tree) => {
  const visit = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'element' && (node as Element).tagName === 'p') (node as Element).properties.className = ['lead']
    for (const child of node.children ?? []) visit(child as {type: string})
  }
  visit(tree)
}
const addScript: HastPlugin = (tree) => ({
  ...tree,
  children: [...tree.children, {type: 'element', tagName: 'script', properties: {}, children: [{type: 'text', value: 'alert(1)'}]}],
})
describe('toHtml', () => {
  test('adds nothing around the blocks', () => {
    expect(toHtml([{_type: 'block', children: [span('Hello')]}])).toBe('<p>Hello</p>')
    expect(toHtml([])).toBe('')
  })

  test('heading ids follow GitHub: lower case, punctuation dropped, repeats numbered', () => {
    expect(toHtml([heading('Why listen?'), heading('Why listen?'), heading('Why listen?'), heading('Ça va: 100%!')])).toBe(
      '<h2 id="why-listen">Why listen?</h2>\n<h2 id="why-listen-1">Why listen?</h2>\n<h2 id="why-listen-2">Why listen?</h2>\n<h2 id="ça-va-100">Ça va: 100%!</h2>',
    )
  })

  test('headingIdPrefix is put before every id', () => {
    expect(toHtml([heading('Why listen?')], {headingIdPrefix: 'user-content-'})).toBe('<h2 id="user-content-why-listen">Why listen?</h2>')
  })

  describe('internal links', () => {
    test('use urlFor on the target, under baseUrl when given', () => {
      const blocks = internal({reference: {_ref: 'location-san-jose'}, target: {_id: 'location-san-jose', _type: 'location', slug: 'san-jose'}})
      expect(toHtml(blocks)).toBe('<p><a href="/locations/san-jose">the office</a></p>')
      expect(toHtml(blocks, {baseUrl: 'https://www.example.com/'})).toBe('<p><a href="https://www.example.com/locations/san-jose">the office</a></p>')
    })

    test('use resolveReference when there is no target', () => {
      const blocks = internal({reference: {_ref: 'location-san-jose'}})
      expect(toHtml(blocks, {resolveReference: sanJoseOnly})).toBe('<p><a href="/locations/san-jose">the office</a></p>')
      expect(toHtml(blocks, {resolveReference: () => 'https://maps.example.com/sj'})).toBe(
        '<p><a href="https://maps.example.com/sj" rel="noopener noreferrer">the office</a></p>',
      )
      expect(toHtml(blocks, {resolveReference: () => 'javascript:alert(1)', onWarning: false})).toBe('<p>the office</p>')
    })

    test('an article target with its own canonical URL links there', () => {
      const blocks = internal({reference: {_ref: 'article-x'}, target: {_type: 'article', slug: 'x', canonicalUrl: 'https://medium.example/x'}})
      expect(toHtml(blocks)).toBe('<p><a href="https://medium.example/x" rel="noopener noreferrer">the office</a></p>')
    })
  })

  test('a link to another host without a scheme (//host, /\\host) is external too', () => {
    expect(toHtml(oneLink('//elsewhere.example/x'))).toBe('<p><a href="//elsewhere.example/x" rel="noopener noreferrer">there</a></p>')
    expect(toHtml(oneLink('/\\elsewhere.example/x'))).toBe('<p><a href="/\\elsewhere.example/x" rel="noopener noreferrer">there</a></p>')
    expect(toHtml(oneLink('/contact'))).toBe('<p><a href="/contact">there</a></p>')
  })

  test('links to the site itself (baseUrl) are not external', () => {
    const blocks = [
      {
        _type: 'block',
        markDefs: [
          {_type: 'link', _key: 'a', href: 'https://www.example.com/contact', openInNewTab: true},
          {_type: 'link', _key: 'b', href: 'https://elsewhere.example/', openInNewTab: true},
        ],
        children: [span('here', ['a']), span(' and '), span('there', ['b'])],
      },
    ]
    expect(toHtml(blocks, {baseUrl: 'https://www.example.com'})).toBe(
      '<p><a href="https://www.example.com/contact" rel="noopener" target="_blank">here</a> and <a href="https://elsewhere.example/" rel="noopener noreferrer" target="_blank">there</a></p>',
    )
  })

  describe('images', () => {
    test('srcset offers the standard widths up to the original, plus the original', () => {
      expect(srcsetWidths(1200)).toEqual([320, 640, 960, 1200])
      expect(srcsetWidths(1600)).toEqual([320, 640, 960, 1280, 1600])
      expect(srcsetWidths(3000)).toEqual([320, 640, 960, 1280, 1600, 1920])
      expect(srcsetWidths(200)).toEqual([200])
      expect(srcsetWidths(undefined)).toEqual([320, 640, 960, 1280, 1600, 1920])
      expect(srcsetWidths(700, [600, 300, 600])).toEqual([300, 600])
      expect(srcsetWidths(500, [600, 300])).toEqual([300, 500])
    })

    test('the default image URL adds Sanity image parameters', () => {
      expect(defaultImageUrl({url: 'https://cdn.sanity.io/images/p/d/a.jpg'}, 640)).toBe('https://cdn.sanity.io/images/p/d/a.jpg?w=640')
      expect(defaultImageUrl({url: '/images/a.jpg?v=2'}, 320)).toBe('/images/a.jpg?v=2&w=320')
    })

    test('the default image URL honours the picture’s own crop, as imageUrl does', () => {
      const crop = {top: 0.1, bottom: 0.1, left: 0, right: 0}
      expect(defaultImageUrl({url: '/images/a-1600x900.jpg', width: 1600, height: 900, crop}, 640)).toBe('/images/a-1600x900.jpg?rect=0,90,1600,720&w=640')
    })

    test('a cropped picture: src is the same string as its srcset candidate (commas as %2C in both)', () => {
      const crop = {top: 0.1, bottom: 0.1, left: 0, right: 0}
      const html = toHtml([{_type: 'imageWithCredit', _key: 'p', alt: 'Chairs', crop, asset: {url: '/images/a-640x360.jpg', width: 640, height: 360}}])
      const src = /src="([^"]+)"/.exec(html)?.[1]
      expect(src).toBe('/images/a-640x360.jpg?rect=0%2C36%2C640%2C288&amp;w=640')
      expect(html).toContain(`${src} 640w"`)
    })

    test('with a baseUrl, image URLs and relative links are absolute', () => {
      const html = toHtml(
        [
          image({_ref: 'image-a-640x480-jpg', url: '/images/a-640x480.jpg'}, {credit: {name: 'Sam', url: '/credits'}}),
          {_type: 'block', _key: 'b', markDefs: [{_type: 'link', _key: 'l', href: '/contact'}], children: [span('contact', ['l']), span(' '), span('top', [])]},
        ],
        {baseUrl: 'https://www.example.com'},
      )
      expect(html).toBe(
        '<figure><img src="https://www.example.com/images/a-640x480.jpg?w=640" srcset="https://www.example.com/images/a-640x480.jpg?w=320 320w, https://www.example.com/images/a-640x480.jpg?w=640 640w" sizes="100vw" alt="A path" width="640" height="480" loading="lazy" decoding="async"><figcaption><span class="credit">Photo: <a href="https://www.example.com/credits">Sam</a></span></figcaption></figure>\n<p><a href="https://www.example.com/contact">contact</a> top</p>',
      )
    })

    test('imageUrl, imageWidths and imageSizes', () => {
      const html = toHtml([image({_id: 'image-a-800x600-png', url: 'https://cdn.example/a.png'}, {hotspot: {x: 0.5, y: 0.5, width: 1, height: 1}})], {
        imageUrl: (source, width) => `${source.url}#w${width}-${source.width}x${source.height}-${source.ref}-${source.hotspot?.x}`,
        imageWidths: [400, 800],
        imageSizes: '(min-width: 50rem) 50rem, 100vw',
      })
      expect(html).toBe(
        '<figure><img src="https://cdn.example/a.png#w800-800x600-image-a-800x600-png-0.5" srcset="https://cdn.example/a.png#w400-800x600-image-a-800x600-png-0.5 400w, https://cdn.example/a.png#w800-800x600-image-a-800x600-png-0.5 800w" sizes="(min-width: 50rem) 50rem, 100vw" alt="A path" width="800" height="600" loading="lazy" decoding="async"></figure>',
      )
    })

    test('an image URL function that returns an unsafe URL gets no image', () => {
      expect(toHtml([image({url: 'https://cdn.example/a.png'}, {caption: 'Kept'})], {imageUrl: () => 'javascript:alert(1)'})).toBe(
        '<figure><figcaption>Kept</figcaption></figure>',
      )
    })

    test('sizes read from the asset document metadata, or from the asset id', () => {
      expect(toHtml([image({url: '/a.jpg', metadata: {dimensions: {width: 320, height: 200}}})])).toBe(
        '<figure><img src="/a.jpg?w=320" srcset="/a.jpg?w=320 320w" sizes="100vw" alt="A path" width="320" height="200" loading="lazy" decoding="async"></figure>',
      )
      expect(toHtml([image({_ref: 'image-abc-300x100-jpg', url: '/a.jpg'})])).toContain('width="300" height="100"')
    })

    test('eagerImages: the first pictures load at once, the very first with high priority; the rest lazily', () => {
      const three = [1, 2, 3].map((n) => image({url: `/${n}.jpg`, metadata: {dimensions: {width: 320, height: 200}}}))
      expect(loading(toHtml(three))).toEqual(['lazy', 'lazy', 'lazy'])
      expect(loading(toHtml(three, {eagerImages: 1}))).toEqual(['eager+high', 'lazy', 'lazy'])
      expect(loading(toHtml(three, {eagerImages: 2}))).toEqual(['eager+high', 'eager', 'lazy'])
      // Each render counts from its own first picture.
      expect(loading(toHtml(three, {eagerImages: 1}))).toEqual(['eager+high', 'lazy', 'lazy'])
      expect(toHtml(three.slice(0, 1), {eagerImages: 1})).toBe(
        '<figure><img src="/1.jpg?w=320" srcset="/1.jpg?w=320 320w" sizes="100vw" alt="A path" width="320" height="200" loading="eager" fetchpriority="high" decoding="async"></figure>',
      )
    })
  })

  describe('plugins and sanitising', () => {
    const paragraph = [{_type: 'block', children: [span('Hello')]}]

    test('plugins run before sanitising, which removes what the schema does not allow', () => {
      expect(toHtml(paragraph, {plugins: [addClass, addScript]})).toBe('<p>Hello</p>')
    })

    test('a schema built from sanitizeSchema allows more', () => {
      const schema = {...sanitizeSchema, attributes: {...sanitizeSchema.attributes, p: [['className', 'lead'] as [string, string]]}}
      expect(toHtml(paragraph, {plugins: [addClass, addScript], sanitize: schema})).toBe('<p class="lead">Hello</p>')
    })

    test('sanitize: false leaves the plugins\' output as it is', () => {
      expect(toHtml(paragraph, {plugins: [addClass, addScript], sanitize: false})).toBe('<p class="lead">Hello</p><script>alert(1)</script>')
    })

    test('hastHandlers replace ours, by node type or directive key', () => {
      const html = toHtml([{_type: 'pullQuote', text: 'Quote'}, {_type: 'block', style: 'h2', children: [span('T')]}], {
        hastHandlers: {
          '::pullquote': (state, node) => ({type: 'element', tagName: 'blockquote', properties: {}, children: state.all(node)}),
          heading: (state, node) => ({type: 'element', tagName: 'h3', properties: {}, children: state.all(node)}),
        },
      })
      expect(html).toBe('<blockquote>Quote</blockquote>\n<h3>T</h3>')
    })
  })

  test('< and > in attribute values are written as references', () => {
    expect(toHtml([image({url: '/a.jpg', width: 10, height: 10}, {alt: '</noscript><b>'})])).toContain('alt="&lt;/noscript&gt;&lt;b&gt;"')
  })

  describe('bad options throw, naming the option', () => {
    test.each([
      [{plugins: 'x'}, 'toHtml: options.plugins must be an array of functions (tree) => tree; got "x".'],
      [{plugins: [1]}, 'toHtml: options.plugins must be an array of functions (tree) => tree; got an array.'],
      [{sanitize: true}, 'toHtml: options.sanitize must be a hast-util-sanitize schema or false; got true.'],
      [{imageUrl: 'x'}, 'toHtml: options.imageUrl must be a function (image, width) => url; got "x".'],
      [{imageWidths: [0]}, 'toHtml: options.imageWidths must be an array of positive whole numbers; got an array.'],
      [{imageSizes: 5}, 'toHtml: options.imageSizes must be a string; got 5.'],
      [{headingIdPrefix: null}, 'toHtml: options.headingIdPrefix must be a string; got null.'],
    ])('%j', (options, message) => {
      expect(() => toHtml([], options as never)).toThrow(message)
    })
  })
})

function oneLink(href: string) {
  return [{_type: 'block', markDefs: [{_type: 'link', _key: 'a', href}], children: [span('there', ['a'])]}]
}

/** Each picture's `loading`, with `+high` where it has `fetchpriority="high"`. */
function loading(html: string): string[] {
  return [...html.matchAll(/<img [^>]*? loading="(\w+)"(?: fetchpriority="(\w+)")?/g)].map((match) => `${match[1]}${match[2] ? `+${match[2]}` : ''}`)
}
