import {isOptionError} from '@practice-press/sdk'
import {createRenderCache, renderArticle, renderArticleHtml, type RenderWarning} from '@practice-press/sdk/render'
import {describe, expect, test} from 'vitest'

const practice = {
  crisisResources: {
    heading: 'If you need help now',
    text: 'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.',
  },
}
const article = {
  _id: 'article-x',
  _rev: 'r1',
  body: [{_type: 'block', style: 'normal', children: [{_type: 'span', text: 'Body <text>.'}]}],
}

const hashImageUrl = (image: {url: string}, width: number) => `${image.url}#${width}`

describe('renderArticle', () => {
  test('HTML: the body, then the crisis notice', () => {
    expect(renderArticle(article, {practice, format: 'html'})).toBe(
      '<p>Body &lt;text>.</p>\n<aside role="note" class="callout callout-crisis"><p class="callout-label">If you need help now</p><p>If you are in crisis, call or text 988 (Suicide &amp; Crisis Lifeline) in the US, or call 911 in an emergency.</p></aside>',
    )
  })

  test('Markdown: the notice as a quote', () => {
    expect(renderArticle(article, {practice, format: 'markdown'})).toBe(
      'Body \\<text>.\n\n> **If you need help now**\n>\n> If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.\n',
    )
  })

  test('text: the notice\'s heading and text', () => {
    expect(renderArticle(article, {practice, format: 'text'})).toBe(
      'Body <text>.\n\nIf you need help now\n\nIf you are in crisis, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.',
    )
  })

  test('no notice when the article turns it off', () => {
    const off = {...article, showCrisisNotice: false}
    expect(renderArticle(off, {practice, format: 'html'})).toBe('<p>Body &lt;text>.</p>')
    expect(renderArticle(off, {practice, format: 'markdown'})).toBe('Body \\<text>.\n')
    expect(renderArticle(off, {practice, format: 'text'})).toBe('Body <text>.')
  })

  test('the notice is on unless turned off (showCrisisNotice undefined or null)', () => {
    expect(renderArticle({...article, showCrisisNotice: null}, {practice, format: 'text'})).toContain('If you need help now')
  })

  test('a practice without notice text: no notice, and a warning', () => {
    const warnings: RenderWarning[] = []
    expect(renderArticle(article, {practice: {crisisResources: {heading: 'Help'}}, format: 'text', onWarning: (warning) => warnings.push(warning)})).toBe('Body <text>.')
    expect(warnings).toEqual([
      {
        type: 'crisisResources',
        path: ['practice', 'crisisResources'],
        message: 'the article asks for the crisis notice but the practice has no crisis notice text; none was added.',
      },
    ])
  })

  test('HTML options apply (baseUrl for internal links)', () => {
    const linked = {
      body: [
        {
          _type: 'block',
          markDefs: [{_type: 'internalLink', _key: 'i', reference: {_ref: 'author-x'}, target: {_type: 'author', slug: 'sam'}}],
          children: [{_type: 'span', text: 'Sam', marks: ['i']}],
        },
      ],
      showCrisisNotice: false,
    }
    expect(renderArticle(linked, {practice, format: 'html', baseUrl: 'https://www.example.com'})).toBe('<p><a href="https://www.example.com/authors/sam">Sam</a></p>')
    expect(renderArticle(linked, {practice, format: 'markdown', baseUrl: 'https://www.example.com'})).toBe('[Sam](https://www.example.com/authors/sam)\n')
  })

  test('format must be html, markdown or text', () => {
    expect(() => renderArticle(article, {practice, format: 'pdf' as never})).toThrow('renderArticle: options.format must be "html", "markdown" or "text"; got "pdf".')
  })
})

describe('renderArticleHtml', () => {
  test('writes what renderArticle writes as html: the body, then the crisis notice, or not', () => {
    const off = {...article, showCrisisNotice: false}
    expect([renderArticleHtml(article, {practice}), renderArticleHtml(off, {practice})]).toEqual([
      renderArticle(article, {practice, format: 'html'}),
      '<p>Body &lt;text>.</p>',
    ])
  })

  test('shares renderArticle’s cache entries: one render of the html', () => {
    const cache = createRenderCache()
    const html = renderArticleHtml(article, {practice, cache, baseUrl: 'https://www.example.com'})
    expect(renderArticle(article, {practice, format: 'html', cache, baseUrl: 'https://www.example.com'})).toBe(html)
    expect(cache.size).toBe(1)
  })

  test('takes format html or none, and says where the other formats are', () => {
    expect(renderArticleHtml(article, {practice, format: 'html'} as never)).toBe(renderArticleHtml(article, {practice}))
    const error = (() => {
      try {
        return renderArticleHtml(article, {practice, format: 'markdown'} as never)
      } catch (thrown) {
        return thrown
      }
    })()
    expect(isOptionError(error) && {fn: error.fn, option: error.option, message: error.message}).toEqual({
      fn: 'renderArticleHtml',
      option: 'options.format',
      message: 'renderArticleHtml: options.format must be "html" or left out (renderArticle writes markdown and text); got "markdown".',
    })
  })
})

describe('createRenderCache', () => {
  test('renders each revision and format once', () => {
    const cache = createRenderCache()
    let reads = 0
    const counted = {
      ...article,
      get body() {
        reads++
        return article.body
      },
    }
    const first = renderArticle(counted, {practice, format: 'html', cache})
    expect(renderArticle(counted, {practice, format: 'html', cache})).toBe(first)
    expect(reads).toBe(1)
    renderArticle(counted, {practice, format: 'text', cache})
    expect(reads).toBe(2)
    renderArticle({...counted, _rev: 'r2', body: article.body}, {practice, format: 'html', cache})
    expect(cache.size).toBe(3)
  })

  test('the crisis notice is part of the key', () => {
    const cache = createRenderCache()
    renderArticle(article, {practice, format: 'text', cache})
    const changed = {crisisResources: {heading: 'Help', text: 'Call 988.'}}
    expect(renderArticle(article, {practice: changed, format: 'text', cache})).toBe('Body <text>.\n\nHelp\n\nCall 988.')
  })

  test('every option that changes the output is part of the key: a page and a feed share one cache', () => {
    const cache = createRenderCache()
    const picture = {
      _id: 'article-p',
      _rev: 'r1',
      body: [
        {_type: 'imageWithCredit', _key: 'i', alt: 'Chairs', asset: {_id: 'image-a-320x200-jpg', url: '/images/a-320x200.jpg'}},
        {_type: 'block', _key: 'b', markDefs: [{_type: 'link', _key: 'l', href: '/contact'}], children: [{_type: 'span', text: 'Write', marks: ['l']}]},
      ],
      showCrisisNotice: false,
    }
    const page = renderArticle(picture, {practice, format: 'html', cache})
    const feed = renderArticle(picture, {practice, format: 'html', cache, baseUrl: 'https://www.example.com'})
    expect([page.includes('src="/images/a-320x200.jpg?w=320"'), feed.includes('src="https://www.example.com/images/a-320x200.jpg?w=320"')]).toEqual([true, true])
    expect(feed).toContain('<a href="https://www.example.com/contact">Write</a>')
    const prefixed = renderArticle(picture, {practice, format: 'html', cache, headingIdPrefix: 'x-', imageSizes: '50vw', imageWidths: [100]})
    expect(prefixed).toContain('sizes="50vw"')
    expect(renderArticle(picture, {practice, format: 'html', cache, imageUrl: hashImageUrl})).toContain('src="/images/a-320x200.jpg#320"')
    expect(renderArticle(picture, {practice, format: 'html', cache, imageUrl: (image, width) => `${image.url}#w${width}`})).toContain('#w320')
    // The same options again hit the cache (a new onWarning does not count).
    expect(renderArticle(picture, {practice, format: 'html', cache, imageUrl: hashImageUrl, onWarning: false})).toContain('#320')
    expect(cache.size).toBe(5)
  })

  test('articles without _id or revision are not cached', () => {
    const cache = createRenderCache()
    renderArticle({body: article.body}, {practice, format: 'text', cache})
    renderArticle({_id: 'a', body: article.body}, {practice, format: 'text', cache})
    expect(cache.size).toBe(0)
    renderArticle({_id: 'a', _updatedAt: '2026-01-01T00:00:00Z', body: article.body}, {practice, format: 'text', cache})
    expect(cache.size).toBe(1)
  })

  test('keeps the most recently used entries', () => {
    const cache = createRenderCache({maxEntries: 2})
    cache.set('a', '1')
    cache.set('b', '2')
    expect(cache.get('a')).toBe('1')
    cache.set('c', '3')
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual(['1', undefined, '3', 2])
    cache.clear()
    expect(cache.size).toBe(0)
  })

  test('maxEntries must be a positive whole number', () => {
    expect(() => createRenderCache({maxEntries: 0})).toThrow('createRenderCache: options.maxEntries must be a positive whole number; got 0.')
  })
})

test('with a baseUrl, every format carries absolute picture URLs', () => {
  const picture = {body: [{_type: 'imageWithCredit', _key: 'i', alt: 'Chairs', asset: {_id: 'image-a-320x200-jpg', url: '/images/a-320x200.jpg'}}], showCrisisNotice: false}
  expect(renderArticle(picture, {practice: null, format: 'markdown', baseUrl: 'https://www.example.com'})).toBe('![Chairs](https://www.example.com/images/a-320x200.jpg)\n')
  expect(renderArticle(picture, {practice: null, format: 'markdown'})).toBe('![Chairs](/images/a-320x200.jpg)\n')
})
