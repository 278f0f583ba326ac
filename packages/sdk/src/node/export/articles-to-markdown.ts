import {slug as slugify} from 'github-slugger'
import {Document} from 'yaml'

import {toMarkdown} from '../../render/to-markdown.ts'
import type {PortableTextInput} from '../../render/portable-text.ts'
import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {documentsFor, publishedIdOf} from '../../sources/dataset/perspective-documents.ts'
import {OptionError} from '../../vocabulary/option-error.ts'

/** Options for {@link articlesToMarkdown}. */
export interface ArticlesToMarkdownOptions {
  /**
   * Lossless Markdown (pictures, callouts, pull quotes, calls to action as directives) and
   * every other field of the article in the front matter's `fields`, so importing the
   * files gives back the same articles. Default `false`: portable Markdown that reads well
   * anywhere, pictures linked to the files beside it (`images/...`).
   */
  lossless?: boolean | undefined
  /** Drafts too, each in place of its published article, marked `draft: true`. Default: published articles only. */
  drafts?: boolean | undefined
}

/** One Markdown file of an export. */
export interface MarkdownFile {
  /** `<slug>.md` (a number added when two articles share a slug). */
  name: string
  /** The article's document id (`drafts.` when it is a draft). */
  documentId: string
  text: string
}

/** What {@link articlesToMarkdown} makes: the files, and the picture files they link to (portable Markdown only). */
export interface MarkdownExport {
  files: MarkdownFile[]
  /** Paths inside the dataset folder (`images/<sha1>-<w>x<h>.<ext>`) of the pictures the files show: copy them beside the files. */
  images: string[]
}

/** Article fields the front matter carries by name; everything else goes in `fields` (lossless). */
const NAMED_FIELDS = new Set(['_id', '_type', '_rev', '_createdAt', '_updatedAt', '_originalId', 'title', 'slug', 'excerpt', 'body', 'author', 'topics', 'canonicalUrl', 'publishedAt'])

/**
 * The articles of a dataset as Markdown files with YAML front matter: `id` (so
 * `practice-press import` updates the same document), `title`, `slug`, `date`, `excerpt`,
 * `author` (the clinician's slug), `tags` (the topics' titles), `canonical_url`, `draft`,
 * and, lossless, `fields` with every other field as stored. The body is `toMarkdown`'s,
 * portable or lossless; a portable file links its pictures to `images/<file>`, listed in
 * `images` to copy beside it. Files are in slug order, so every run writes the same ones.
 *
 * @param documents - Every document of the dataset, drafts and asset documents included (as `readExport` or a store's `source.documents` give them).
 * @throws {OptionError} when `documents` is not an array of documents.
 */
export function articlesToMarkdown(documents: readonly DatasetDocument[], options: ArticlesToMarkdownOptions = {}): MarkdownExport {
  if (!Array.isArray(documents)) throw new OptionError({fn: 'articlesToMarkdown', option: 'documents', must: 'be an array of documents', value: documents})
  const lossless = options.lossless === true
  const visible = documentsFor(options.drafts ? 'drafts' : 'published', documents)
  const byId = new Map(visible.map((document) => [document._id, document]))
  const assets = new Map(documents.filter((document) => document._type === 'sanity.imageAsset').map((document) => [document._id, document]))
  const images = new Set<string>()
  const names = new Set<string>()
  const articles = visible
    .filter((document) => document._type === 'article')
    .toSorted((a, b) => compare(slugOf(a) ?? a._id, slugOf(b) ?? b._id) || compare(a._id, b._id))
  const files = articles.map((article) => {
    const base = slugify(slugOf(article) ?? '') || slugify(publishedIdOf(article._id))
    let name = `${base}.md`
    for (let n = 2; names.has(name); n++) name = `${base}-${n}.md`
    names.add(name)
    const body = lossless ? article.body : withImageFiles(article.body, assets, images)
    const markdown = Array.isArray(body) && body.length > 0 ? toMarkdown(body as PortableTextInput, {lossless, onWarning: false}) : ''
    return {name, documentId: String(article._originalId ?? article._id), text: `${frontMatter(article, byId, lossless)}\n${markdown}`}
  })
  return {files, images: [...images].toSorted()}
}

function frontMatter(article: DatasetDocument, byId: ReadonlyMap<string, DatasetDocument>, lossless: boolean): string {
  const fields: Record<string, unknown> = {id: article._id}
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') fields[key] = value
  }
  put('title', article.title)
  put('slug', slugOf(article))
  put('date', article.publishedAt)
  put('excerpt', article.excerpt)
  const author = byId.get(refOf(article.author) ?? '')
  put('author', author ? (slugOf(author) ?? author._id) : undefined)
  const topics = Array.isArray(article.topics) ? article.topics.map((topic) => byId.get(refOf(topic) ?? '')?.title).filter((title): title is string => typeof title === 'string') : []
  if (topics.length > 0) fields.tags = topics
  put('canonical_url', article.canonicalUrl)
  if (String(article._originalId ?? '').startsWith('drafts.')) fields.draft = true
  if (lossless) {
    const rest = Object.fromEntries(Object.entries(article).filter(([key, value]) => !NAMED_FIELDS.has(key) && value !== undefined))
    if (Object.keys(rest).length > 0) fields.fields = rest
  }
  // YAML 1.1 quoting, so `title: No` or `date: 2024-05-01` stays a string for every reader.
  const yaml = new Document(fields, {version: '1.1'}).toString({lineWidth: 0})
  return `---\n${yaml}---\n`
}

/** The body with each picture's asset given its file's path (`images/<file>`) as its URL, for portable Markdown. */
function withImageFiles(body: unknown, assets: ReadonlyMap<string, DatasetDocument>, images: Set<string>): unknown {
  if (!Array.isArray(body)) return body
  return body.map((block: unknown) => {
    const record = block as {_type?: unknown; asset?: {_ref?: unknown}}
    if (record?._type !== 'imageWithCredit' || typeof record.asset?._ref !== 'string') return block
    const asset = assets.get(record.asset._ref)
    if (typeof asset?.path !== 'string') return block
    images.add(asset.path)
    return {...record, asset: {...record.asset, url: asset.path}}
  })
}

function slugOf(document: DatasetDocument): string | undefined {
  const current = (document.slug as {current?: unknown} | undefined)?.current
  return typeof current === 'string' && current !== '' ? current : undefined
}

function refOf(value: unknown): string | undefined {
  const ref = (value as {_ref?: unknown} | undefined)?._ref
  return typeof ref === 'string' ? ref : undefined
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
