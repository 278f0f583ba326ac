import {parse as parseToml} from 'smol-toml'
import {parse as parseYaml} from 'yaml'

import {findFrontMatter, type FrontMatter} from './front-matter.ts'

/** The article fields front matter can fill, as the schema names them. */
export interface ArticleFrontMatter {
  title?: string
  /** ISO 8601 date and time (UTC), from `date` (a date alone is midnight UTC). */
  publishedAt?: string
  slug?: string
  excerpt?: string
  /** Tag or category names, in order, without repeats. */
  tags?: string[]
  canonicalUrl?: string
  /** `draft: true`: the post was a draft where it came from. */
  draft?: boolean
  /** `id`: the document id to import into (what `practice-press export markdown` writes, so the import updates the same document). */
  id?: string
  /** `author`: the slug (or name) of the clinician the article is by. */
  author?: string
  /**
   * `fields` (lossless export only): the article's other fields as stored (main picture,
   * related articles, SEO, ...), restored as they are.
   */
  fields?: Record<string, unknown>
}

/** What {@link readFrontMatter} found. */
export interface FrontMatterReading {
  format: FrontMatter['format']
  fields: ArticleFrontMatter
  /** Keys that fill no field (`layout`, `author`, ...), in order: the report names them. */
  ignored: string[]
  /** What could not be read, in words: a parse error, a date that is no date, a key of the wrong kind. */
  problems: string[]
}

/**
 * The names static site generators give each field (Jekyll, Hugo, Zola, Eleventy, Astro,
 * Ghost's Markdown export), first match wins.
 */
const ALIASES: ReadonlyArray<readonly [keyof ArticleFrontMatter, readonly string[]]> = [
  ['title', ['title']],
  ['publishedAt', ['date', 'publishdate', 'published', 'pubdate', 'published_at', 'publishedat']],
  ['slug', ['slug']],
  ['excerpt', ['excerpt', 'description', 'summary']],
  ['tags', ['tags', 'categories', 'keywords', 'topics']],
  ['canonicalUrl', ['canonical_url', 'canonicalurl', 'canonical']],
  ['draft', ['draft']],
  ['id', ['id', '_id']],
  ['author', ['author']],
  ['fields', ['fields']],
]

/**
 * Reads the front matter at the top of a Markdown file (YAML, TOML or JSON: see
 * `findFrontMatter`) into article fields: `title`, `date`, `slug`, `excerpt`, `tags`,
 * `canonical_url`, `draft` and their common aliases (`description`, `categories`, ...),
 * and what `practice-press export markdown` adds: `id`, `author`, and (lossless) `fields`.
 * `undefined` when there is none. Never throws: what cannot be read is in `problems`.
 */
export function readFrontMatter(markdown: string): FrontMatterReading | undefined {
  const found = findFrontMatter(markdown)
  if (!found) return undefined
  const reading: FrontMatterReading = {format: found.format, fields: {}, ignored: [], problems: []}
  let data: unknown
  try {
    data = found.format === 'yaml' ? parseYaml(found.text) : found.format === 'toml' ? parseToml(found.text) : JSON.parse(found.text)
  } catch (error) {
    reading.problems.push(`the front matter is not valid ${found.format.toUpperCase()} (${String((error as Error).message).split('\n', 1)[0]})`)
    return reading
  }
  if (data === null || data === undefined) return reading
  if (typeof data !== 'object' || Array.isArray(data)) {
    reading.problems.push('the front matter is not a list of fields')
    return reading
  }
  const entries = Object.entries(data as Record<string, unknown>)
  const used = new Set<string>()
  for (const [field, names] of ALIASES) {
    const entry = entries.find(([key]) => names.includes(key.toLowerCase()) && !used.has(key))
    if (!entry) continue
    used.add(entry[0])
    const value = readField(field, entry[1])
    if (value === undefined) continue
    if (value instanceof FieldProblem) reading.problems.push(`${entry[0]}: ${value.problem}`)
    else Object.assign(reading.fields, {[field]: value})
  }
  reading.ignored = entries.map(([key]) => key).filter((key) => !used.has(key))
  return reading
}

/** What cannot be read of one field, in words. */
class FieldProblem {
  readonly problem: string
  constructor(problem: string) {
    this.problem = problem
  }
}

type FieldValue = string | string[] | boolean | Record<string, unknown> | FieldProblem | undefined

function readField(field: keyof ArticleFrontMatter, value: unknown): FieldValue {
  if (value === null || value === undefined || value === '') return undefined
  switch (field) {
    case 'publishedAt':
      return readDate(value)
    case 'draft':
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === 'false') return value === 'true'
      return new FieldProblem(`${JSON.stringify(value)} is not true or false`)
    case 'id':
      if (typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(value) && !value.startsWith('drafts.')) return value
      return new FieldProblem(`${JSON.stringify(value)} is not a document id (letters, digits, _, - and ., without "drafts.")`)
    case 'fields':
      if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
      return new FieldProblem('is not a list of fields')
    case 'canonicalUrl': {
      const text = typeof value === 'string' ? value.trim() : ''
      let url: URL | undefined
      try {
        url = new URL(text)
      } catch {
        url = undefined
      }
      if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return text
      return new FieldProblem(`${JSON.stringify(value)} is not a web address (https://...)`)
    }
    case 'tags': {
      const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
      if (!list.every((item) => typeof item === 'string' || typeof item === 'number')) return new FieldProblem('is not a list of names')
      const names = [...new Set(list.map((item) => String(item).trim()).filter(Boolean))]
      return names.length > 0 ? names : undefined
    }
    default:
      if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined
      return new FieldProblem('is not text')
  }
}

/** A date as YAML, TOML and JSON give it (a string, or a Date for TOML's and YAML 1.1's dates) in ISO 8601, UTC. */
function readDate(value: unknown): FieldValue {
  // A date or time without a zone (YAML "2024-03-15 09:30", TOML's local dates) is read as UTC, the same on every machine.
  if (value instanceof Date) {
    const iso = value.toISOString()
    if (!iso.endsWith('Z')) value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : `${iso}Z`
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/.test(value.trim())) value = `${value.trim().replace(' ', 'T')}Z`
  // A full UTC date and time, as Sanity stores them, is kept as written (what an export wrote comes back the same).
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/.test(value.trim()) && !Number.isNaN(Date.parse(value))) return value.trim()
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim()) : undefined
  if (!date || Number.isNaN(date.getTime())) return new FieldProblem(`${JSON.stringify(value)} is not a date (write it as 2024-03-15 or 2024-03-15T09:30:00Z)`)
  return date.toISOString()
}
