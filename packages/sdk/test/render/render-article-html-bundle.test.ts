/**
 * What a browser page pays for an article's HTML: an entry importing only
 * `renderArticleHtml` from `@practice-press/sdk/render`, bundled and minified for the
 * browser by esbuild from the TypeScript source (as `bundle.test.ts` bundles `toHtml`),
 * keeps no Markdown writer (mdast-util-to-markdown, mdast-util-gfm, micromark), which
 * `renderArticle` carries for its other formats, and stays within its budget.
 */
import {gzipSync} from 'node:zlib'

import {build} from 'esbuild'
import {expect, test} from 'vitest'

// Measured at 31.1 KB gzipped: toHtml's 30.4 KB, the crisis notice and the cache key.
// renderArticle (any format) is 45.0 KB: the difference is the Markdown writer.
const LIMIT = 32 * 1024

test('renderArticleHtml alone bundles without the Markdown writer, within 32 KB gzipped', async () => {
  const result = await build({
    stdin: {
      contents: "import {renderArticleHtml} from '@practice-press/sdk/render'\nexport const html = renderArticleHtml({body: [{_type: 'block', children: [{_type: 'span', text: 'Hi'}]}]}, {practice: null})\n",
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@practice-press/source'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  const gzipped = gzipSync(output!.contents, {level: 9}).length
  const kept = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)
  expect(kept.some((input) => input.endsWith('src/render/render-article-html.ts'))).toBe(true)
  expect(kept.filter((input) => /mdast-util-to-markdown|mdast-util-gfm|micromark/.test(input))).toEqual([])
  console.info(`renderArticleHtml bundle: ${output!.contents.length} bytes minified, ${gzipped} bytes gzipped`)
  expect(gzipped).toBeLessThanOrEqual(LIMIT)
})
