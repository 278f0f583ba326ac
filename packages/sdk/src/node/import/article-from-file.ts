import {createHash} from 'node:crypto'

import {slug as slugify} from 'github-slugger'

import {readFrontMatter, type ArticleFrontMatter} from '../../import/front-matter-fields.ts'
import {fromHtml} from '../../import/from-html.ts'
import {fromMarkdown} from '../../import/from-markdown.ts'
import {fromText} from '../../import/from-text.ts'
import type {ImageResolver, ImportedBlock, ImportReportEntry, KeyGenerator} from '../../import/types.ts'
import type {ImportFormat} from './collect-import-files.ts'

/** An article read from one file (or one WordPress post), before it becomes a document. */
export interface ArticleFromFile {
  title: string
  /** The address: the front matter's `slug`, else made from the title. */
  slug: string
  /**
   * The document id (without `drafts.`): the front matter's `id`, else `imported-` and the
   * front matter's `slug` or the file's path (see {@link importedId}).
   */
  id: string
  /** The front matter's `author`: a clinician's slug or name. */
  author?: string
  /** The front matter's `fields` (a lossless export): the article's other fields, restored as they are. */
  extraFields?: Record<string, unknown>
  fields: Omit<ArticleFrontMatter, 'title' | 'slug' | 'tags' | 'id' | 'author' | 'fields'>
  /** Tag and category names, to match to topics. */
  tags: string[]
  blocks: ImportedBlock[]
  report: ImportReportEntry[]
}

/** What reading one file needs besides its text. */
export interface ArticleFileContext {
  format: Exclude<ImportFormat, 'wxr'>
  /** The file's path from the folder it was found in, `/`-separated. */
  relativePath: string
  /** The `_key` maker for the document of this id: keys derive from the id, so a file imported again gets the same ones. */
  keysFor: (id: string) => KeyGenerator
  resolveImage?: ImageResolver | undefined
  /** The practice's name, which a page pasted whole starts with. */
  siteName?: string | undefined
}

/**
 * Reads one file's text as an article: its fields from front matter (Markdown), its body
 * through `fromMarkdown`, `fromHtml` or `fromText`, and its title from the front matter,
 * else the first level 1 heading when the text opens with it (taken out of the body),
 * else the page's `<title>` or the text's first line, else the file's name (the report
 * says which).
 */
export function articleFromFile(text: string, context: ArticleFileContext): ArticleFromFile {
  const extra: ImportReportEntry[] = []
  let frontMatter: ArticleFrontMatter = {}
  const reading = context.format === 'md' ? readFrontMatter(text) : undefined
  const id = reading?.fields.id ?? importedId(reading?.fields.slug ?? context.relativePath.replace(/\.[^./]+$/, ''))
  const options = {generateKey: context.keysFor(id), ...(context.resolveImage ? {resolveImage: context.resolveImage} : {})}
  if (reading) {
    frontMatter = reading.fields
    for (const problem of reading.problems) extra.push({kind: 'front-matter-field', message: `Front matter: ${problem}. It was left out.`, line: 1, column: 1})
    if (reading.ignored.length > 0) {
      const one = reading.ignored.length === 1
      extra.push({kind: 'front-matter-field', message: `Front matter: ${reading.ignored.map((key) => `"${key}"`).join(', ')} ${one ? 'fills' : 'fill'} no field of the article and ${one ? 'was' : 'were'} left out.`, line: 1, column: 1})
    }
  }
  const result = context.format === 'md' ? fromMarkdown(text, options) : context.format === 'html' ? fromHtml(text, options) : fromText(text, {...options, ...(context.siteName ? {siteName: context.siteName} : {})})
  // Front matter is read into the fields above: the importer's "left out of the body" entry would only repeat it.
  let report = reading ? result.report.filter((entry) => entry.kind !== 'front-matter') : result.report
  let blocks = result.blocks
  let title = frontMatter.title
  const first = blocks[0]
  const firstHeading = first?._type === 'block' && first.style === 'h2' ? (first.children ?? []).map((child) => ('text' in child ? child.text : '')).join('') : undefined
  const levelOne = report.find((entry) => entry.kind === 'heading-level' && entry.message.startsWith('A level 1 heading') && entry.excerpt === firstHeading)
  if (levelOne && firstHeading && (title === undefined || title.trim() === firstHeading.trim())) {
    title = firstHeading.trim()
    blocks = blocks.slice(1)
    report = report.filter((entry) => entry !== levelOne)
    extra.push({kind: 'title', message: `The first heading "${title}" became the article's title and was left out of the body.`, ...(levelOne.line === undefined ? {} : {line: levelOne.line}), ...(levelOne.column === undefined ? {} : {column: levelOne.column})})
  }
  const pageTitle = report.find((entry) => entry.kind === 'title')?.excerpt
  if (title === undefined && pageTitle) title = pageTitle
  if (title === undefined) {
    title = titleFromPath(context.relativePath)
    const named = `Until then it is called "${title}", from the file's name.`
    const said = report.find((entry) => entry.kind === 'no-title')
    if (said) report = report.map((entry) => (entry === said ? {...entry, message: `${entry.message} ${named}`} : entry))
    else extra.push({kind: 'no-title', message: `The text has no title of its own: write one in the article's title field. ${named}`})
  }
  const slug = frontMatter.slug ? slugify(frontMatter.slug) : slugify(title) || slugify(titleFromPath(context.relativePath)) || 'article'
  const {tags = [], title: _title, slug: _slug, id: _id, author, fields: extraFields, ...fields} = frontMatter
  return {
    title,
    slug,
    id,
    ...(author ? {author} : {}),
    ...(extraFields ? {extraFields} : {}),
    fields,
    tags,
    blocks,
    report: sortEntries([...report, ...extra]),
  }
}

/**
 * The id of an imported article: `imported-` and where it came from in ASCII letters,
 * digits and `-` (`posts/2021/tea` → `imported-posts-2021-tea`, `café` → `imported-cafe`),
 * as Sanity's ids allow; a source with no such letters (`夫婦`), or a long one, ends in
 * eight characters of its SHA-1 instead, so the id stays short and its own.
 */
export function importedId(source: string): string {
  const latin = source.normalize('NFKD').replaceAll(/[\u0300-\u036f]/g, '')
  const ascii = latin.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-+|-+$/g, '')
  const hash = createHash('sha1').update(source).digest('hex').slice(0, 8)
  if (ascii === '') return `imported-${hash}`
  // Letters ASCII cannot spell were dropped: the hash keeps two such names apart.
  const lost = [...latin].some((character) => character.charCodeAt(0) > 0x7f)
  if (lost || ascii.length > 80) return `imported-${ascii.slice(0, 70).replace(/-+$/, '')}-${hash}`
  return `imported-${ascii}`
}

/** `old-posts/my_first-post.md` → "My first post". */
export function titleFromPath(relativePath: string): string {
  const name = (relativePath.split('/').at(-1) ?? relativePath).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim()
  return name ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : 'Untitled'
}

/** Entries by place in the file (those without a place last, in the order found). */
export function sortEntries(entries: ImportReportEntry[]): ImportReportEntry[] {
  return entries
    .map((entry, index) => ({entry, index}))
    .toSorted((a, b) => (a.entry.line ?? Infinity) - (b.entry.line ?? Infinity) || (a.entry.column ?? 0) - (b.entry.column ?? 0) || a.index - b.index)
    .map(({entry}) => entry)
}
