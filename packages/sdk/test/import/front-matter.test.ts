/**
 * Front matter in every shape static site generators write it (YAML, Hugo's TOML and
 * JSON, after a UTF-8 byte order mark too) is left out of the body and reported with its
 * text; broken front matter is reported with the error; a document that opens with a rule,
 * a paragraph and a rule keeps its paragraph.
 */
import {fromMarkdown} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

/** The body's text per block, and the front matter entries of the report. */
function read(markdown: string) {
  const {blocks, report} = fromMarkdown(markdown)
  return {
    body: blocks.map((block) => (block._type === 'block' ? (block.children as {text: string}[]).map((child) => child.text).join('') : block._type)),
    frontMatter: report.filter((entry) => entry.kind === 'front-matter').map((entry) => ({line: entry.line, message: entry.message, excerpt: entry.excerpt})),
    kinds: report.map((entry) => entry.kind),
  }
}

const LEFT_OUT = "was left out of the body: its fields belong in the article's own fields."

describe('front matter', () => {
  it.each([
    ['YAML', '---\ntitle: An old post\ndate: 2019-04-02\n---\n\nFirst paragraph.\n', 'title: An old post\ndate: 2019-04-02', `Front matter (YAML between --- lines) ${LEFT_OUT}`],
    ['YAML after a byte order mark', '\uFEFF---\ntitle: An old post\ndate: 2019-04-02\n---\n\nFirst paragraph.\n', 'title: An old post\ndate: 2019-04-02', `Front matter (YAML between --- lines) ${LEFT_OUT}`],
    ['YAML with CRLF line ends', '---\r\ntitle: An old post\r\n---\r\n\r\nFirst paragraph.\r\n', 'title: An old post', `Front matter (YAML between --- lines) ${LEFT_OUT}`],
    ['Hugo TOML', '+++\ntitle = "An old post"\ndate = 2019-04-02\ntags = ["trust"]\n+++\n\nFirst paragraph.\n', 'title = "An old post"\ndate = 2019-04-02\ntags = ["trust"]', `Front matter (TOML between +++ lines) ${LEFT_OUT}`],
    ['Hugo TOML after a byte order mark', '\uFEFF+++\ntitle = "An old post"\n+++\nFirst paragraph.\n', 'title = "An old post"', `Front matter (TOML between +++ lines) ${LEFT_OUT}`],
    ['Hugo JSON', '{\n  "title": "An old post",\n  "date": "2019-04-02"\n}\n\nFirst paragraph.\n', '{\n  "title": "An old post",\n  "date": "2019-04-02"\n}', `Front matter (a JSON object) ${LEFT_OUT}`],
  ])('%s: left out of the body, reported at line 1 with its text', (_name, markdown, excerpt, message) => {
    expect(read(markdown)).toEqual({body: ['First paragraph.'], frontMatter: [{line: 1, message, excerpt}], kinds: ['front-matter']})
  })

  it('broken TOML is still front matter, reported with the parser’s error', () => {
    const {body, frontMatter} = read('+++\ntitle = "An old post\n+++\n\nFirst paragraph.\n')
    expect(body).toEqual(['First paragraph.'])
    expect(frontMatter[0]?.message).toMatch(/^Front matter \(TOML between \+\+\+ lines\) was left out of the body: .+ It is not valid TOML \(.+\): fix it before copying its fields\.$/)
  })

  it('broken YAML whose first line is a field is still front matter, reported with the error', () => {
    const {body, frontMatter} = read('---\ntitle: An old post\n  date: [2019\n---\n\nFirst paragraph.\n')
    expect(body).toEqual(['First paragraph.'])
    expect(frontMatter[0]?.message).toMatch(/It is not valid YAML \(.+\): fix it before copying its fields\.$/)
  })

  it('a document that opens with a rule, a paragraph and a rule keeps its paragraph', () => {
    const {body, frontMatter} = read('---\nA first paragraph, between two rules.\n---\n\nThe second.\n')
    expect(frontMatter).toEqual([])
    expect(body).toContain('The second.')
    expect(body.join('\n')).toContain('A first paragraph, between two rules.')
  })

  it('a paragraph that only looks like JSON is text', () => {
    expect(read('{not json}\n\nFirst paragraph.\n').body).toEqual(['{not json}', 'First paragraph.'])
  })

  it('lines and columns after the front matter stay those of the file', () => {
    const {report} = fromMarkdown('\uFEFF+++\ntitle = "x"\n+++\n\n![](https://example.com/a.jpg)\n')
    expect(report.filter((entry) => entry.kind === 'image-no-alt').map((entry) => [entry.line, entry.column])).toEqual([[5, 1]])
  })
})
