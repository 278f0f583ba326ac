/** The import's handler maps, by what they read: mdast block types, and lossless Markdown's directives. */
import {fromDirectiveHandlers, fromMdastHandlers} from '@practice-press/sdk/import'
import {expect, it} from 'vitest'

it('has a handler for each mdast block type and each lossless directive', () => {
  expect(Object.keys(fromMdastHandlers).toSorted()).toEqual([
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
  expect(Object.keys(fromDirectiveHandlers).toSorted()).toEqual(['callout', 'cta', 'empty', 'image', 'pullquote', 'unknown'])
})
