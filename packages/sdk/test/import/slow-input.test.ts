/**
 * Input shaped to make the parsers slow comes back at about the speed of plain text of the
 * same length, measured in the same run (so the test does not depend on the machine):
 * inline nesting in Markdown (brackets, text directives, pictures, emphasis markers) is
 * refused before micromark searches back over it, and blank inline elements in HTML are
 * removed before hast-util-minify-whitespace searches past them. Before: 2,000 nested `[`
 * 0.7 s, 20,000 `:link[` 19 s, 20,000 `![a](` 7 s, 8,000 `*` 1.5 s; 1,000 empty sibling
 * links 6 s, 2,000 blank ones 25 s.
 */
import {fromHtml, fromMarkdown, type ImportResult} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

/** Milliseconds an import of `input` takes, and its report's kinds. */
function timed(run: (input: string) => ImportResult, input: string): {ms: number; kinds: string[]} {
  const started = performance.now()
  const {report} = run(input)
  return {ms: performance.now() - started, kinds: report.map((entry) => entry.kind)}
}

/** Within a few times plain text of the same length (the slack covers timer noise on small inputs). */
function expectAboutPlainSpeed(run: (input: string) => ImportResult, input: string, plain: string): string[] {
  const baseline = timed(run, plain)
  const hostile = timed(run, input)
  expect(hostile.ms).toBeLessThan(5 * baseline.ms + 150)
  return hostile.kinds
}

describe('Markdown with dense inline syntax', () => {
  it.each([
    ['2,000 nested brackets', `${'['.repeat(2000)}x${'](u)'.repeat(2000)}`],
    ['20,000 nested text directives', `${':link['.repeat(20_000)}x${']'.repeat(20_000)}`],
    ['20,000 picture openers', '![a]('.repeat(20_000)],
    ['a picture label nested 50,000 deep', `::image[${'['.repeat(50_000)}${']'.repeat(50_000)}]`],
    ['8,000 emphasis markers', `${'*'.repeat(4000)}x${'*'.repeat(4000)}`],
  ])('%s: refused at once, kept as plain paragraphs', (_name, markdown) => {
    expect(expectAboutPlainSpeed(fromMarkdown, markdown, 'x '.repeat(markdown.length / 2))).toEqual(['parse-failed'])
  })

  it('ordinary paragraphs with links, pictures and emphasis, fenced code and rules are read as Markdown', () => {
    const paragraph = Array.from({length: 200}, (_, index) => `[link ${index}](https://example.com/${index}) *em* __strong__`).join(' ')
    const code = `\`\`\`\n${'['.repeat(500)}\n\`\`\``
    const {blocks, report} = fromMarkdown(`${paragraph}\n\n${code}\n\n${'*'.repeat(3000)}\n\nafter`)
    expect(report.map((entry) => entry.kind)).toEqual(['code-block', 'thematic-break'])
    expect(blocks).toHaveLength(3)
  })
})

describe('HTML with thousands of blank inline siblings', () => {
  it.each([
    ['4,000 empty links', `${'<a href="https://x.example">'.repeat(4000)}x`],
    ['2,000 links holding a space', `${'<a href="https://x.example"> '.repeat(2000)}x`],
    ['4,000 spans holding a space', `<p>a${'<span> </span>'.repeat(4000)}b</p>`],
  ])('%s: read at about the speed of plain text, nothing reported', (_name, html) => {
    expect(expectAboutPlainSpeed(fromHtml, html, `<p>${'x '.repeat(html.length / 2)}</p>`)).toEqual([])
  })

  it.each([
    // Against plain text of the same length, and against as many paragraphs that hold a word.
    ['4,000 line breaks in one paragraph', `<p>a${'<br>'.repeat(4000)}b</p>`, `<p>${'x '.repeat(8000)}</p>`, 2],
    ['4,000 empty paragraphs', `${'<p></p>'.repeat(4000)}<p>x</p>`, '<p>x</p>'.repeat(4001), 1],
  ])('%s: read at about the speed of its plain counterpart, nothing reported', (_name, html, plain, blocks) => {
    expect(expectAboutPlainSpeed(fromHtml, html, plain)).toEqual([])
    expect(fromHtml(html).blocks).toHaveLength(blocks)
  })

  it('2,000 pictures in one paragraph: read at about the speed of plain text, one block each, each reported (no alt text, no asset yet)', () => {
    const html = `<p>${'<img src="https://x.example/a.jpg">'.repeat(2000)}</p>`
    const kinds = expectAboutPlainSpeed(fromHtml, html, `<p>${'x '.repeat(html.length / 2)}</p>`)
    expect(kinds).toHaveLength(4000)
    expect(new Set(kinds)).toEqual(new Set(['image-no-alt', 'image-asset-unresolved']))
    expect(fromHtml(html).blocks).toHaveLength(2000)
  })

  it('a blank inline element between words is the space it shows', () => {
    const {blocks} = fromHtml('<p><span>one</span><span> </span><a href="https://example.com"> </a><b>two</b><i></i> three</p>')
    expect(blocks[0]).toMatchObject({children: [{text: 'one ', marks: []}, {text: 'two', marks: ['strong']}, {text: ' three', marks: []}]})
  })
})
