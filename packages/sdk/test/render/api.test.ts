import * as render from '@practice-press/sdk/render'
import {expect, test} from 'vitest'

test('the public API of @practice-press/sdk/render', () => {
  expect(Object.keys(render).toSorted()).toEqual([
    'CALLOUT_LABELS',
    'CALLOUT_TONES',
    'DEFAULT_IMAGE_WIDTHS',
    'DIRECTIVES',
    'LINK_SCHEMES',
    'WEB_SCHEMES',
    'appendCrisisNotice',
    'classifyHref',
    'createHastHandlers',
    'createRenderCache',
    'defaultImageUrl',
    'directiveKey',
    'excerpt',
    'formatPath',
    'htmlFromMdast',
    'markdownFromMdast',
    'parsePortableText',
    'readingTime',
    'renderArticle',
    'renderArticleHtml',
    'resolvedOf',
    'safeUrl',
    'sanitizeSchema',
    'srcsetWidths',
    'tableOfContents',
    'textFromMdast',
    'toHtml',
    'toMarkdown',
    'toMdast',
    'toMdastHandlers',
    'toMdastMarks',
    'toText',
    'withResolved',
  ])
})

test('the callout labels readers see', () => {
  expect(render.CALLOUT_LABELS).toEqual({note: 'Note', tip: 'Tip', important: 'Important', caution: 'Gentle warning'})
})
