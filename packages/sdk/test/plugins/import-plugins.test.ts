/** remarkPortableText as a compiler in a remark pipeline, and remarkPlugins on the importers. */
import {fromHtml, fromMarkdown, remarkPortableText} from '@practice-press/sdk/import'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkSmartypants from 'remark-smartypants'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'
import {describe, expect, test} from 'vitest'

const markdown = '## Slow down\n\nPut your **phone** away.\n\n![](https://example.com/mugs.jpg)\n\n:::callout{tone="tip"}\nBreathe.\n:::\n'

const strip = (value: unknown) => JSON.stringify(value, (key, item: unknown) => (key === '_key' ? undefined : item))
const text = (result: {blocks: unknown[]}) => JSON.stringify(result.blocks).match(/"text":"([^"\\]*(?:\\.[^"\\]*)*)"/)?.[1]
const remarkBoom = () => () => {
  throw new Error('boom')
}

describe('remarkPortableText', () => {
  test('compiles Markdown to the same Portable Text as fromMarkdown, with the report as vfile messages', () => {
    const file = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkPortableText).processSync(markdown)
    const expected = fromMarkdown(markdown)
    expect(strip(file.result)).toBe(strip(expected.blocks))
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId, message.source, message.fatal])).toEqual(
      expected.report.map((entry) => [entry.line, entry.column, entry.kind, 'practice-press', false]),
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual(['image-asset-unresolved', 'image-no-alt'])
    const printed = reporter(file)
    expect(printed).toContain('5:1')
    expect(printed).toContain('image-no-alt')
    expect(printed).toContain('practice-press')
  })
})

describe('remarkPlugins on the importers', () => {
  test('fromMarkdown and fromHtml run them on the mdast', () => {
    expect(text(fromMarkdown('"Wait" -- then...', {unified, remarkPlugins: [remarkSmartypants]}))).toBe('“Wait” — then…')
    expect(text(fromHtml('<p>"Wait" -- then...</p>', {unified, remarkPlugins: [remarkSmartypants]}))).toBe('“Wait” — then…')
  })

  test("a throwing plugin's error names it and is thrown, not reported", () => {
    expect(() => fromMarkdown('Hi', {unified, remarkPlugins: [remarkBoom]})).toThrow('options.remarkPlugins[0] (remarkBoom): boom')
  })
})
