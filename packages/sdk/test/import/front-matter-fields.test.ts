/** readFrontMatter: the article fields front matter fills, in YAML, TOML and JSON, with the names static site generators use. */
import {readFrontMatter} from '@practice-press/sdk/import'
import {describe, expect, it} from 'vitest'

describe('readFrontMatter', () => {
  it('reads the fields from YAML, with their aliases, and names the keys that fill none', () => {
    const reading = readFrontMatter('---\ntitle: "Tea, together"\ndate: 2021-03-14\nslug: tea\ndescription: A ritual.\ncategories: Couples, Rituals\ncanonical_url: https://old.example/tea\ndraft: false\nlayout: post\n---\n\nText.')
    expect(reading).toEqual({
      format: 'yaml',
      fields: {title: 'Tea, together', publishedAt: '2021-03-14T00:00:00.000Z', slug: 'tea', excerpt: 'A ritual.', tags: ['Couples', 'Rituals'], canonicalUrl: 'https://old.example/tea', draft: false},
      ignored: ['layout'],
      problems: [],
    })
  })

  it('reads TOML dates and JSON front matter', () => {
    expect(readFrontMatter('+++\ntitle = "Listening"\ndate = 2020-11-02T09:30:00Z\ntags = ["Communication", "Communication"]\n+++\n')?.fields).toEqual({title: 'Listening', publishedAt: '2020-11-02T09:30:00.000Z', tags: ['Communication']})
    expect(readFrontMatter('{\n"title": "From Hugo",\n"draft": "true"\n}\n\nText')?.fields).toEqual({title: 'From Hugo', draft: true})
  })

  it('says what it cannot read, and reads the rest', () => {
    const reading = readFrontMatter('---\ntitle: Fine\ndate: last tuesday\ndraft: maybe\ntags: {a: 1}\n---\n')
    expect(reading?.fields).toEqual({title: 'Fine'})
    expect(reading?.problems).toEqual([
      'date: "last tuesday" is not a date (write it as 2024-03-15 or 2024-03-15T09:30:00Z)',
      'tags: is not a list of names',
      'draft: "maybe" is not true or false',
    ])
    expect(readFrontMatter('---\ntitle: [unclosed\n---\n')?.problems[0]).toMatch(/^the front matter is not valid YAML/)
    expect(readFrontMatter('No front matter here.')).toBeUndefined()
  })
})

describe('front matter with long lines', () => {
  it('is no nesting: a 200-character excerpt line leaves the body read as Markdown', async () => {
    const {fromMarkdown} = await import('@practice-press/sdk/import')
    const {blocks, report} = fromMarkdown(`---\nexcerpt: ${'A long excerpt. '.repeat(14)}\n---\n\n## Heading\n\nText.\n`)
    expect(report.map((entry) => entry.kind)).toEqual(['front-matter'])
    expect(blocks.map((block) => (block._type === 'block' ? block.style : block._type))).toEqual(['h2', 'normal'])
  })
})
