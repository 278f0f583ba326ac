/** Markdown nested deeper than any article is read as plain paragraphs, at once, not parsed for minutes. */
import {fromMarkdown} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

describe('deeply nested Markdown', () => {
  it('3,000 nested containers come back as text with a report, not after minutes of parsing', () => {
    const markdown = `${':::callout{tone="note"}\n'.repeat(3000)}deep\n${':::\n'.repeat(3000)}`
    const {blocks, report} = fromMarkdown(markdown)
    expect({blocks: blocks.length > 0, kinds: report.map((entry) => entry.kind), message: report[0]?.message}).toEqual({
      blocks: true,
      kinds: ['parse-failed'],
      message: 'The input could not be read as a whole (it nests more than 64 levels deep): it was kept as plain paragraphs.',
    })
  })

  it('a list 400 levels deep and a quote 100 deep are refused the same way', () => {
    const list = Array.from({length: 400}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')
    expect(fromMarkdown(list).report.map((entry) => entry.kind)).toEqual(['parse-failed'])
    expect(fromMarkdown(`${'> '.repeat(100)}deep`).report.map((entry) => entry.kind)).toEqual(['parse-failed'])
  })

  it('ordinary nesting is read as Markdown', () => {
    const {blocks, report} = fromMarkdown('> quoted\n\n- one\n  - two\n    - three\n\n:::callout{tone="tip"}\nA tip.\n:::')
    expect({types: blocks.map((block) => block._type), report}).toEqual({types: ['block', 'block', 'block', 'block', 'callout'], report: []})
  })
})
