/** The example dataset as a source, with extra documents, and the real readers the syndication tests use. */
import {execFileSync} from 'node:child_process'

import {createDatasetSource, type ContentSource} from '@practice-press/sdk'
import {readExport} from '@practice-press/sdk/node'

import {repoPath} from '../support/shared.ts'

export const BASE_URL = 'https://www.talkwithlia.example'
/** A fixed "now" after every dated article of the example dataset. */
export const NOW = '2026-11-30T00:00:00Z'

/** The example dataset (assets under `/images`, relative, so absolute URLs must come from the feed), plus `extra` documents. */
export async function exampleSource(extra: Array<Record<string, unknown>> = []): Promise<ContentSource> {
  const documents = await readExport(repoPath('content'), {assetBaseUrl: '/images'})
  return createDatasetSource([...(documents as Array<Record<string, unknown>>), ...extra] as never, {assetBaseUrl: '/images'})
}

/** Debian's python3 (not the first `python3` on PATH), running `script` with `input` on stdin; its stdout parsed as JSON. */
export function python<T = unknown>(script: string, input: string): T {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], {input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})) as T
}

/** What Debian's `python3-feedparser` reads from a feed: bozo, the feed's fields and each entry's. */
export function feedparser(text: string) {
  return python<{
    bozo: number
    bozo_exception: string | null
    version: string
    feed: {title: string; link: string; subtitle: string; language: string | null; links: Array<{rel: string; href: string}>}
    entries: Array<{
      title: string
      link: string
      id: string
      published: string
      updated: string
      author: string | null
      authors: Array<{name?: string; href?: string}>
      tags: string[]
      summary: string
      content: string
      enclosures: Array<{href: string; type: string; length: string}>
    }>
  }>(
    `
import sys, json, time, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
iso = lambda t: time.strftime('%Y-%m-%dT%H:%M:%SZ', t) if t else None
print(json.dumps({
  'bozo': int(d.bozo),
  'bozo_exception': str(d.get('bozo_exception')) if d.bozo else None,
  'version': d.version,
  'feed': {'title': d.feed.get('title'), 'link': d.feed.get('link'), 'subtitle': d.feed.get('subtitle'), 'language': d.feed.get('language'),
           'links': [{'rel': l.get('rel'), 'href': l.get('href')} for l in d.feed.get('links', [])]},
  'entries': [{
    'title': e.get('title'), 'link': e.get('link'), 'id': e.get('id'),
    'published': iso(e.get('published_parsed')), 'updated': iso(e.get('updated_parsed')),
    'author': e.get('author'), 'authors': [dict(a) for a in e.get('authors', [])],
    'tags': [t.get('term') for t in e.get('tags', [])],
    'summary': e.get('summary'),
    'content': (e.get('content') or [{}])[0].get('value'),
    'enclosures': [{'href': x.get('href'), 'type': x.get('type'), 'length': x.get('length')} for x in e.get('enclosures', [])],
  } for e in d.entries],
}))
`,
    text,
  )
}

/** Whether Python's expat (a strict, non-validating XML 1.0 parser) reads the document; the error otherwise. */
export function wellFormed(xml: string): string {
  return python<string>(
    `
import sys, json, xml.dom.minidom
try:
  xml.dom.minidom.parseString(sys.stdin.buffer.read())
  print(json.dumps('well-formed'))
except Exception as e:
  print(json.dumps(str(e)))
`,
    xml,
  )
}
