/**
 * Cross-post Markdown: YAML front matter in dev.to's and Hashnode's shape, read back with a
 * YAML 1.1 reader (Debian's python3-yaml, as those importers read YAML 1.1), absolute URLs,
 * the crisis notice kept.
 */
import {getArticle, getPractice} from '@practice-press/sdk'
import {toCrossPost} from '@practice-press/sdk/syndication'
import {describe, expect, it} from 'vitest'

import {BASE_URL, exampleSource, NOW, python} from './support.ts'

/** The front matter as PyYAML (YAML 1.1) reads it, dates written back as ISO text, with each value's Python type. */
function readFrontMatter(markdown: string) {
  return python<{values: Record<string, unknown>; types: Record<string, string>; body: string}>(
    `
import sys, json, yaml, datetime
text = sys.stdin.read()
_, front, body = text.split('---\\n', 2)
data = yaml.safe_load(front)
out = {k: (v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v) for k, v in data.items()}
print(json.dumps({'values': out, 'types': {k: type(v).__name__ for k, v in data.items()}, 'body': body}))
`,
    markdown,
  )
}

describe('toCrossPost', () => {
  it('an example article: front matter as a YAML 1.1 reader sees it, absolute URLs, the crisis notice', async () => {
    const source = await exampleSource()
    const practice = await getPractice(source)
    const article = (await getArticle(source, {slug: 'listening-so-your-partner-feels-heard', now: NOW}))!
    const markdown = toCrossPost(article, practice, {onWarning: false})
    const read = readFrontMatter(markdown)
    expect(read.values).toEqual({
      title: 'Listening so your partner feels heard',
      description: article.excerpt,
      tags: ['communication', 'couples'],
      canonical_url: `${BASE_URL}/articles/listening-so-your-partner-feels-heard`,
      cover_image: `${BASE_URL}/images/767bc3b0383b6b75ac55db1f41be3cc853ceb773-1600x900.jpg?rect=0,114,1600,672&w=1000&h=420&fit=crop`,
      published: true,
      date: '2025-04-08T15:00:00',
    })
    expect(read.types).toEqual({title: 'str', description: 'str', tags: 'list', canonical_url: 'str', cover_image: 'str', published: 'bool', date: 'datetime'})
    expect(read.body).toContain(`![A sandy path winding through green meadows toward soft blue hills](${BASE_URL}/images/78f81a6a6aea8ab087208d7cc3d48209a29ca2ee-1200x800.jpg)`)
    expect(read.body).toContain(`[how to repair after an argument](${BASE_URL}/articles/repair-after-an-argument)`)
    expect(read.body.match(/\]\(([^)]+)\)/g)?.filter((link) => !/^\]\((https?:|mailto:|tel:)/.test(link))).toEqual([])
    expect(read.body.endsWith('> **If you need help now**\n>\n> If you are in crisis or thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline) in the US, or call 911 in an emergency.\n')).toBe(true)
  })

  it('titles that YAML 1.1 would read as booleans, dates, numbers or mappings stay strings; at most four tags, letters and digits', () => {
    const practice = {name: 'P', baseUrl: BASE_URL}
    const titles = ['No', 'yes', 'on', '2024-05-01', '1e3', 'null', '~', 'Why: a colon', '"Quoted" and \'single\'', '- dash', '# hash', 'Ünïcode 🙂']
    for (const title of titles) {
      const markdown = toCrossPost(
        {title, slug: 's', publishedAt: '2024-05-01T09:30:00-07:00', topics: ['Self-Care', 'c++', 'Trust', 'Couples', 'Family'].map((slug) => ({slug, title: slug}))},
        practice,
      )
      const read = readFrontMatter(markdown)
      expect([read.values.title, read.types.title]).toEqual([title, 'str'])
      expect(read.values.tags).toEqual(['selfcare', 'c', 'trust', 'couples'])
      expect(read.values.date).toBe('2024-05-01T16:30:00')
    }
  })

  it('an article first published elsewhere keeps its own canonical URL', () => {
    const markdown = toCrossPost({title: 'T', slug: 't', canonicalUrl: 'https://medium.example/@sam/t'}, {name: 'P', baseUrl: BASE_URL})
    expect(readFrontMatter(markdown).values.canonical_url).toBe('https://medium.example/@sam/t')
  })
})
