/**
 * What a browser page pays for an article's HTML: an entry importing only
 * `renderArticleHtml` from `@practice-press/sdk/render`, bundled and minified for the
 * browser by esbuild from the TypeScript source (as `bundle.test.ts` bundles `toHtml`),
 * keeps no Markdown writer (mdast-util-to-markdown, mdast-util-gfm, micromark), which
 * `renderArticle` carries for its other formats, and stays within its budget.
 */
import {expect, test} from 'vitest'

import {browserBundle} from './support/browser-bundle.ts'

// Measured at 31.0 KB gzipped: toHtml's 30.4 KB, the crisis notice and the cache key.
// renderArticle (any format) is 46.8 KB: the difference is the Markdown writer.
const LIMIT = 32 * 1024

test('renderArticleHtml alone bundles without the Markdown writer, within 32 KB gzipped', async () => {
  const {minified, gzipped, kept} = await browserBundle(
    "import {renderArticleHtml} from '@practice-press/sdk/render'\nexport const html = renderArticleHtml({body: [{_type: 'block', children: [{_type: 'span', text: 'Hi'}]}]}, {practice: null})\n",
  )
  expect(kept.some((input) => input.endsWith('src/render/render-article-html.ts'))).toBe(true)
  expect(kept.filter((input) => /mdast-util-to-markdown|mdast-util-gfm|micromark/.test(input))).toEqual([])
  console.info(`renderArticleHtml bundle: ${minified} bytes minified, ${gzipped} bytes gzipped`)
  expect(gzipped).toBeLessThanOrEqual(LIMIT)
})
