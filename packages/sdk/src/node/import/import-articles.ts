import {readFile, stat} from 'node:fs/promises'
import {dirname} from 'node:path'

import {slug as slugify} from 'github-slugger'

import {fromHtml} from '../../import/from-html.ts'
import type {ImportedBlock, ImportReportEntry} from '../../import/types.ts'
import type {DatasetDocument} from '../../sources/dataset/parse-ndjson-line.ts'
import {applyTransaction} from '../../store/apply-transaction.ts'
import type {Mutation} from '../../store/mutation-types.ts'
import {isStoreError, StoreError} from '../../store/store-error.ts'
import {OptionError} from '../../vocabulary/option-error.ts'
import type {DatasetStore} from '../store/open-dataset-store.ts'
import {articleFromFile, importedId, sortEntries, type ArticleFromFile} from './article-from-file.ts'
import {collectImportFiles, mebibytes, type ImportFileProblem, type ImportFormat, type ImportSourceFile} from './collect-import-files.ts'
import {createLocalImages, type LocalImages} from './local-images.ts'
import {placeKeys, seededKeys, withPlaceKeys} from './stable-keys.ts'
import {readWordPressExport, wordPressParagraphs} from './wordpress-export.ts'

/** The largest file an import reads: 10 MiB (a WordPress export of a few hundred posts; a post is a few KiB). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024

/** Options for {@link importArticles}. */
export interface ImportArticlesOptions {
  /** Read every file as this format instead of by its extension. */
  format?: ImportFormat | undefined
  /** The slug of the author (clinician) every article is by. Default: none (the Studio asks for one). */
  author?: string | undefined
  /** Slugs of topics every article gets, besides those its tags and categories name. */
  topics?: readonly string[] | undefined
  /** Publish the articles (and the topics made for their tags) instead of leaving drafts. Default `false`. */
  publish?: boolean | undefined
  /** Read and report everything, change nothing. Default `false`. */
  dryRun?: boolean | undefined
  /** The largest file read, in bytes. Default {@link MAX_IMPORT_FILE_BYTES}. */
  maxFileBytes?: number | undefined
  /** Where relative paths start. Default `process.cwd()`. */
  cwd?: string | undefined
  /** Called after each file is read: how many of how many, and which. */
  onProgress?: ((done: number, total: number, path: string) => void) | undefined
  /** The time for asset documents and for a published article without a date. Default: now. */
  now?: Date | undefined
}

/** One article an import made or updated. */
export interface ImportedArticle {
  /** The file it came from; for a WordPress export `file.xml › post title`. */
  source: string
  format: ImportFormat
  documentId: string
  title: string
  slug: string
  /** `create`: new; `update`: its earlier import (or a document of the same id) replaced; `unchanged`: the same as what the dataset has. */
  operation: 'create' | 'update' | 'unchanged'
  /** What could not be mapped exactly, by place in the file: the importers' entries and the import's own (pictures, front matter, title). */
  report: ImportReportEntry[]
}

/** What {@link importArticles} did. */
export interface ImportSummary {
  articles: ImportedArticle[]
  /**
   * Files that cannot be imported (missing, too large, not UTF-8, not a WordPress
   * export), and why. When there is any, nothing is imported: the import lands whole or
   * not at all.
   */
  problems: ImportFileProblem[]
  /** What a WordPress export held besides posts, by type, with how many (`page`: 3). */
  notPosts: Record<string, number>
  /** Picture files added as image assets (new ones only). */
  images: number
  /** Topics made for tags and categories no topic had. */
  topics: string[]
  /** The transaction's id; `null` for a dry run, when nothing changed, or when there are `problems`. */
  transactionId: string | null
  dryRun: boolean
}

/**
 * Imports old posts into a dataset store as articles: Markdown (front matter read into
 * the fields: title, date, slug, excerpt, tags, canonical_url, draft), HTML, pasted text
 * and WordPress exports (posts; pages and the rest counted in `notPosts`; categories and
 * tags as topics; featured images), through `fromMarkdown`, `fromHtml` and `fromText`.
 * Local pictures the posts point at become image assets with their alt text; remote ones
 * stay in the report, nothing is fetched. Each article's id is stable (`imported-` and
 * the front matter's slug, the WordPress post id or the file's path), and its `_key`s are
 * derived from it and each block's place, so importing the same file again replaces its
 * draft, and a file whose article is unchanged (its keys aside) changes nothing. The whole import is one transaction: it lands whole or not at
 * all, and a file that cannot be read (listed in `problems`) stops all of it.
 *
 * @throws {OptionError} for bad options, an `author` or `topics` slug the dataset does not have (the message lists those it has); `StoreError` as `commit` does.
 */
export async function importArticles(store: DatasetStore, paths: readonly string[], options: ImportArticlesOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? new Date()
  const maxFileBytes = options.maxFileBytes ?? MAX_IMPORT_FILE_BYTES
  const documents = store.source.documents
  const author = options.author === undefined ? undefined : findBySlug(documents, 'author', options.author, 'options.author')
  const fixedTopics = (options.topics ?? []).map((slug) => findBySlug(documents, 'topic', slug, 'options.topics'))
  const {files, problems} = await collectImportFiles(paths, {...(options.cwd ? {cwd: options.cwd} : {}), ...(options.format ? {format: options.format} : {})})
  const skipped = [...problems]
  const notPosts: Record<string, number> = {}
  const images = createLocalImages({now})
  const siteName = documents.find((document) => document._type === 'practice' && typeof document.name === 'string')?.name as string | undefined
  const read: ReadArticle[] = []

  for (const [index, file] of files.entries()) {
    const text = await readText(file, maxFileBytes).catch((error: Error) => {
      skipped.push({path: file.path, message: error.message})
      return undefined
    })
    if (text !== undefined) {
      const {root} = file
      if (file.format === 'wxr') {
        try {
          const exported = readWordPressExport(text)
          for (const [type, count] of Object.entries(exported.skipped)) notPosts[type] = (notPosts[type] ?? 0) + count
          for (const post of exported.posts) {
            const report: ImportReportEntry[] = []
            // The site and the post's id: two blogs' post 12 are two articles; a post without an id goes by its address or title.
            const id = importedId(`wordpress-${exported.site ? `${exported.site}-` : ''}${post.id || post.slug || post.title || 'post'}`)
            const result = fromHtml(wordPressParagraphs(post.html), {generateKey: seededKeys(id), resolveImage: images.resolverFor(dirname(file.path), root, report)})
            const title = post.title || 'Untitled'
            if (!post.title) report.push({kind: 'no-title', message: 'The post has no title: the article is called "Untitled". Change it in the Studio.'})
            read.push({
              source: `${file.relativePath} › ${title}`,
              format: 'wxr',
              wordPressDraft: post.status !== 'publish' && post.status !== 'future',
              ...(post.featuredImageUrl ? {hero: {url: post.featuredImageUrl, folder: dirname(file.path), root}} : {}),
              article: {
                title,
                slug: slugify(post.slug ? decodeSlug(post.slug) : title) || `post-${post.id || 'untitled'}`,
                id,
                fields: {...(post.publishedAt ? {publishedAt: post.publishedAt} : {}), ...(post.excerpt ? {excerpt: post.excerpt} : {})},
                tags: post.terms,
                blocks: result.blocks,
                report: sortEntries([...result.report, ...report]),
              },
            })
          }
        } catch (error) {
          skipped.push({path: file.path, message: `${(error as Error).message.replace(/\.$/, '')}.`})
        }
      } else {
        const report: ImportReportEntry[] = []
        const article = articleFromFile(text, {
          format: file.format,
          relativePath: file.relativePath,
          keysFor: seededKeys,
          resolveImage: images.resolverFor(dirname(file.path), root, report),
          ...(siteName ? {siteName} : {}),
        })
        article.report = sortEntries([...article.report, ...report])
        read.push({source: file.relativePath, format: file.format, article})
      }
    }
    options.onProgress?.(index + 1, files.length, file.path)
  }

  const planned = plan(read, {documents, store, author, fixedTopics, publish: options.publish === true, now, images})
  let transactionId: string | null = null
  if (skipped.length === 0 && planned.mutations.length > 0) {
    try {
      if (options.dryRun) {
        // What the commit would refuse, a dry run says too.
        applyTransaction((id) => store.get(id), planned.mutations, {transactionId: 'dry-run', timestamp: now.toISOString()})
      } else {
        transactionId = (await store.commit(planned.mutations, {files: planned.newImages.map((image) => image.file)})).transactionId
      }
    } catch (error) {
      const source = isStoreError(error) && error.mutationIndex !== undefined ? planned.sources[error.mutationIndex] : undefined
      if (source && isStoreError(error)) throw new StoreError(error.code, `${source}: ${error.message} Nothing was imported.`, {documentId: error.documentId, mutationIndex: error.mutationIndex, cause: error})
      throw error
    }
  }
  return {articles: planned.articles, problems: skipped, notPosts, images: planned.newImages.length, topics: planned.newTopics, transactionId, dryRun: options.dryRun === true}
}

interface PlanContext {
  documents: readonly DatasetDocument[]
  store: DatasetStore
  author: DatasetDocument | undefined
  fixedTopics: DatasetDocument[]
  publish: boolean
  now: Date
  images: LocalImages
}

/** One article read, with where it came from. */
interface ReadArticle {
  source: string
  format: ImportFormat
  article: ArticleFromFile
  /** A WordPress featured image: its address, and where local copies of the uploads may be. */
  hero?: {url: string; folder: string; root: string}
  /** A WordPress post that was not published there. */
  wordPressDraft?: boolean
}

function plan(read: readonly ReadArticle[], context: PlanContext) {
  const mutations: Mutation[] = []
  // Where each mutation comes from (a file, a picture), to name it when the store refuses one.
  const sources: string[] = []
  const add = (mutation: Mutation, source: string) => {
    mutations.push(mutation)
    sources.push(source)
  }
  const articles: ImportedArticle[] = []
  const newTopics: string[] = []
  const topicIds = new Map<string, string>()
  for (const document of context.documents) {
    if (document._type !== 'topic') continue
    const id = document._id.replace(/^drafts\./, '')
    const slug = (document.slug as {current?: string} | undefined)?.current
    if (slug) topicIds.set(slug.toLowerCase(), id)
    if (typeof document.title === 'string') topicIds.set(document.title.toLowerCase(), id)
  }
  const ids = new Set<string>()
  const published = new Set(context.documents.filter((document) => !document._id.startsWith('drafts.')).map((document) => document._id))
  const publishedTopics = new Set<string>()
  const slugs = new Map<string, string>()
  for (const entry of read) {
    const {article} = entry
    const report = [...article.report]
    const sameSlug = slugs.get(article.slug)
    if (sameSlug) report.push({kind: 'front-matter-field', message: `Its address "${article.slug}" is also that of ${sameSlug}, imported with it: give one of them another slug, or the site shows only one.`})
    else slugs.set(article.slug, entry.source)
    // Two files that name the same article (the same slug in front matter): the later one gets a number.
    let id = article.id
    for (let n = 2; ids.has(id); n++) id = `${article.id}-${n}`
    ids.add(id)
    const keepDraft = article.fields.draft === true || entry.wordPressDraft === true
    const publish = context.publish && !keepDraft
    if (context.publish && keepDraft) report.push({kind: 'kept-draft', message: 'It was a draft where it came from, so it stays a draft here: publish it in the Studio when it is ready.'})
    const topics: string[] = context.fixedTopics.map((topic) => topic._id.replace(/^drafts\./, ''))
    for (const tag of article.tags) {
      const slug = slugify(tag)
      if (!slug) continue
      let topicId = topicIds.get(slug) ?? topicIds.get(tag.toLowerCase())
      if (!topicId) {
        topicId = `topic-${slug}`
        topicIds.set(slug, topicId)
        newTopics.push(topicId)
        add({createIfNotExists: {_id: context.publish ? topicId : `drafts.${topicId}`, _type: 'topic', title: tag, slug: {_type: 'slug', current: slug}}}, entry.source)
      }
      if (!topics.includes(topicId)) topics.push(topicId)
    }
    // A published article needs published topics: one that is only a draft (made by an earlier import of drafts) is published with it.
    if (publish) {
      for (const topicId of topics) {
        const draft = context.store.get(`drafts.${topicId}`)
        if (published.has(topicId) || publishedTopics.has(topicId) || !draft) continue
        publishedTopics.add(topicId)
        const {_id, _rev, _createdAt, _updatedAt, ...content} = draft
        add({createIfNotExists: {...content, _id: topicId, _type: 'topic'}}, entry.source)
        report.push({kind: 'kept-draft', message: `The topic ${typeof draft.title === 'string' ? `"${draft.title}"` : topicId} was only a draft: it was published with the article (its draft is left as it is).`})
      }
    }
    const keys = seededKeys(`${id}:fields`)
    let author = context.author
    if (!author && article.author) {
      author = findAuthor(context.documents, article.author)
      if (!author) report.push({kind: 'front-matter-field', message: `Front matter: no clinician's profile has the slug or name "${article.author}": the article has no author yet. Choose one in the Studio, or give --author.`, line: 1, column: 1})
    }
    const document: DatasetDocument = {
      ...withoutReservedFields(article.extraFields),
      _id: publish ? id : `drafts.${id}`,
      _type: 'article',
      title: article.title,
      slug: {_type: 'slug', current: article.slug},
      ...(article.fields.excerpt ? {excerpt: article.fields.excerpt} : {}),
      body: placeKeys(article.blocks as ImportedBlock[], id),
      ...(author ? {author: {_type: 'reference', _ref: author._id.replace(/^drafts\./, '')}} : {}),
      ...(topics.length > 0 ? {topics: topics.map((topicId) => ({_type: 'reference', _key: keys(), _ref: topicId}))} : {}),
      ...(article.fields.canonicalUrl ? {canonicalUrl: article.fields.canonicalUrl} : {}),
    }
    // Today's date for a post that has none: the minute's start, as the content queries round "now" (so it shows at once).
    const publishedAt = article.fields.publishedAt ?? (publish ? new Date(Math.floor(context.now.getTime() / 60_000) * 60_000).toISOString() : undefined)
    if (publishedAt) document.publishedAt = publishedAt
    if (publish && !article.fields.publishedAt) report.push({kind: 'front-matter-field', message: `It had no date, so it is published with today's (${publishedAt?.slice(0, 10)}): give it its first date in the Studio if it has one.`})
    if (entry.hero) {
      const asset = context.images.resolverFor(entry.hero.folder, entry.hero.root, report)(entry.hero.url)
      if (asset) {
        document.heroImage = {_type: 'imageWithCredit', asset: {_type: 'reference', _ref: asset}}
        report.push({kind: 'image-no-alt', message: 'The featured image became the main picture; it has no alt text: describe it in the Studio.'})
      } else {
        report.push({kind: 'image-asset-unresolved', message: `The featured image is not in the dataset yet: upload the file from ${entry.hero.url} and choose it as the main picture.`, excerpt: entry.hero.url})
      }
    }
    const existing = context.store.get(document._id)
    let operation: ImportedArticle['operation'] = existing ? 'update' : 'create'
    if (existing && sameContent(existing, document)) operation = 'unchanged'
    else add({createOrReplace: document}, entry.source)
    // A draft of it is someone's work in the Studio: never removed, and said.
    if (publish && context.store.get(`drafts.${id}`)) {
      report.push({kind: 'kept-draft', message: 'It also has a draft (changes not yet published in the Studio): the draft was left as it is, and the Studio shows it in front of what was imported.'})
    }
    articles.push({source: entry.source, format: entry.format, documentId: document._id, title: article.title, slug: article.slug, operation, report: sortEntries(report)})
  }
  const newImages = context.images.images().filter((image) => !context.store.get(image.document._id))
  for (const image of newImages.toReversed()) {
    mutations.unshift({createIfNotExists: image.document})
    sources.unshift(`the picture ${String(image.document.originalFilename)}`)
  }
  return {mutations, sources, articles, newTopics, newImages}
}

/** The document of `type` whose slug is `slug` (published or draft), or an OptionError listing the slugs there are. */
function findBySlug(documents: readonly DatasetDocument[], type: string, slug: string, option: string): DatasetDocument {
  const ofType = documents.filter((document) => document._type === type)
  const found = ofType.find((document) => (document.slug as {current?: unknown} | undefined)?.current === slug)
  if (found) return found
  const slugs = [...new Set(ofType.map((document) => (document.slug as {current?: unknown} | undefined)?.current).filter((value): value is string => typeof value === 'string'))].toSorted()
  const what = type === 'author' ? "a clinician's profile" : 'a topic'
  throw new OptionError({fn: 'importArticles', option, must: `be the slug of ${what} in the dataset (${slugs.length > 0 ? slugs.join(', ') : `it has none`})`, value: slug})
}

/** The fields a lossless export's `fields` may not set: those the import sets itself, and the system's. */
const RESERVED_FIELDS = new Set(['_id', '_type', '_rev', '_createdAt', '_updatedAt', 'title', 'slug', 'excerpt', 'body', 'author', 'topics', 'canonicalUrl', 'publishedAt'])

function withoutReservedFields(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!fields) return {}
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !RESERVED_FIELDS.has(key)))
}

/** A clinician's profile by slug, else by name (case-insensitive), published first. */
function findAuthor(documents: readonly DatasetDocument[], wanted: string): DatasetDocument | undefined {
  const authors = documents.filter((document) => document._type === 'author').toSorted((a, b) => Number(a._id.startsWith('drafts.')) - Number(b._id.startsWith('drafts.')))
  return (
    authors.find((document) => (document.slug as {current?: unknown} | undefined)?.current === wanted) ??
    authors.find((document) => typeof document.name === 'string' && document.name.toLowerCase() === wanted.toLowerCase())
  )
}

/** A file's text: UTF-8 (a byte order mark dropped), at most `maxBytes`; otherwise an error saying what to do. */
async function readText(file: ImportSourceFile, maxBytes: number): Promise<string> {
  const {size} = await stat(file.path)
  if (size > maxBytes) throw new Error(`it is ${mebibytes(size)} MiB, more than the ${mebibytes(maxBytes)} MiB a file may have: split it, or raise the limit with --max-file-size.`)
  const bytes = await readFile(file.path)
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    throw new Error('it is not UTF-8 text: open it and save it as UTF-8 (in most editors: Save As, encoding UTF-8), then import it again.')
  }
}

/**
 * Whether a stored document holds the same content as a new one: its `_rev`, `_createdAt`
 * and `_updatedAt` aside, and its `_key`s (an article made in the Studio, exported and
 * imported again, has other keys and the same content: it is left as it is).
 */
function sameContent(stored: DatasetDocument, next: DatasetDocument): boolean {
  return comparableText(stored) === comparableText(next)
}

function comparableText(document: DatasetDocument): string {
  return JSON.stringify(sortKeys(withPlaceKeys(withoutSystemFields(document), 'compare')))
}

function withoutSystemFields({_rev, _createdAt, _updatedAt, ...rest}: DatasetDocument): Omit<DatasetDocument, '_rev' | '_createdAt' | '_updatedAt'> {
  return rest
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.keys(value).toSorted().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]))
}

/** WordPress keeps non-ASCII slugs percent-encoded (`caf%c3%a9`). */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}
