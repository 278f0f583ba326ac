/** Markdown nested deeper than any article is read as plain paragraphs, at once, not parsed for minutes. */
import {fromMarkdown} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

/** The report's kinds and the milliseconds an import took. */
function time(markdown: string): {kinds: string[]; ms: number} {
  const started = performance.now()
  const kinds = fromMarkdown(markdown).report.map((entry) => entry.kind)
  return {kinds, ms: performance.now() - started}
}

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

  it('list markers opening on one line (`- - - x`, `1. 1. x`, `> - > - x`) count as nesting too, and a long line of them is refused at once', () => {
    for (const markdown of [`${'- '.repeat(2000)}x`, `${'1. '.repeat(2000)}x`, `${'> - '.repeat(1000)}x`, `${'* '.repeat(500_000)}x`]) {
      // Against plain text of the same length in the same run: before the guard counted
      // these, 2,000 markers took 3.8 s to parse, a thousand times the plain text's time.
      const plain = time('x '.repeat(markdown.length / 2))
      const nested = time(markdown)
      expect(nested.kinds).toEqual(['parse-failed'])
      expect(nested.ms).toBeLessThan(5 * plain.ms + 100)
    }
  })

  it('thematic breaks and shallow lists on one line are not nesting', () => {
    const {blocks, report} = fromMarkdown(`- - one

${'- '.repeat(70).trim()}

${'*'.repeat(200)}

after`)
    expect(report.map((entry) => entry.kind)).toEqual(['thematic-break', 'thematic-break'])
    expect(blocks.map((block) => block._type === 'block' && (block.children ?? []).map((span) => span.text).join(''))).toEqual(['one', 'after'])
  })

  it('ordinary nesting is read as Markdown', () => {
    const {blocks, report} = fromMarkdown('> quoted\n\n- one\n  - two\n    - three\n\n:::callout{tone="tip"}\nA tip.\n:::')
    expect({types: blocks.map((block) => block._type), report}).toEqual({types: ['block', 'block', 'block', 'block', 'callout'], report: []})
  })
})
