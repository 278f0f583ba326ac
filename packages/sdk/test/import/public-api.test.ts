/** The public entry `@practice-press/sdk/import`: exactly these names, nothing by accident. */
import * as api from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

describe('@practice-press/sdk/import', () => {
  it('exports exactly these run-time names', () => {
    expect(Object.keys(api).toSorted()).toEqual([
      'DECORATOR_ORDER',
      'countingKeys',
      'defaultExtensions',
      'fromDirectiveHandlers',
      'fromHtml',
      'fromMarkdown',
      'fromMdast',
      'fromMdastHandlers',
      'fromText',
      'normalizePortableText',
      'parseCreditLine',
      'randomKey',
      'remarkPortableText',
    ])
  })

  it('has a handler for each mdast block type and each lossless directive', () => {
    expect(Object.keys(api.fromMdastHandlers).toSorted()).toEqual([
      'blockquote',
      'code',
      'containerDirective',
      'definition',
      'footnoteDefinition',
      'heading',
      'html',
      'leafDirective',
      'list',
      'paragraph',
      'table',
      'thematicBreak',
    ])
    expect(Object.keys(api.fromDirectiveHandlers).toSorted()).toEqual(['callout', 'cta', 'empty', 'image', 'pullquote', 'unknown'])
  })
})
