import {findBrokenReferences, walkReferences} from '../sources/dataset/find-broken-references.ts'
import type {DatasetDocument} from '../sources/dataset/parse-ndjson-line.ts'
import {isPublishedId, publishedIdOf} from '../sources/dataset/perspective-documents.ts'
import type {ValidationFinding} from './validation-finding.ts'

/** Link texts that do not say where a link goes (WCAG 2.2, 2.4.4 "Link Purpose (In Context)"). */
const VAGUE_LINK_TEXT = new Set(['click here', 'here', 'click', 'read more', 'more', 'learn more', 'this', 'this link', 'link', 'this page', 'go', 'continue'])

/** Heading styles and their level; the article's title is the page's h1. */
const HEADING_LEVEL: Readonly<Record<string, number>> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/** Portable Text fields whose headings and links are checked, by document type. */
const TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {article: ['body'], author: ['bio']}

interface TextBlock {
  _type: 'block'
  _key?: string
  style?: string
  children?: Array<{_type?: string; text?: string; marks?: string[]}>
  markDefs?: Array<{_key?: string; _type?: string}>
}

/** A short name for a document in a message: its title or name, else its id. */
export function labelOf(document: DatasetDocument | undefined, id: string): string {
  const title = document?.title ?? document?.name
  return typeof title === 'string' && title.trim() ? `"${title.trim()}"` : id
}

/**
 * References whose target is missing: `reference` findings at the reference's path. A
 * reference to a document that does not exist at all is an error; a strong reference from
 * a published document to a document that exists only as a draft is an error too (the
 * published page would show nothing there). Weak references may dangle and are skipped.
 * `byId` holds the whole dataset, the targets; `documents` are the ones checked.
 */
export function referenceFindings(documents: readonly DatasetDocument[], byId: ReadonlyMap<string, DatasetDocument>): ValidationFinding[] {
  const findings: ValidationFinding[] = []
  const checked = new Set(documents.map((document) => document._id))
  // Every document of the dataset can be a target (asset documents too); only `documents` are checked.
  for (const broken of findBrokenReferences([...byId.values()])) {
    if (!checked.has(broken.documentId)) continue
    const holder = byId.get(broken.documentId)
    findings.push({
      documentId: broken.documentId,
      documentType: holder?._type ?? '',
      path: broken.path,
      level: 'error',
      message: broken.ref.startsWith('image-') || broken.ref.startsWith('file-')
        ? `The picture's file (${broken.ref}) is not in the dataset: choose the picture again.`
        : `This points to a document that does not exist (${broken.ref}): choose another one, or remove it.`,
      check: 'reference',
    })
  }
  const draftOnly = (id: string) => !byId.has(id) && byId.has(`drafts.${id}`)
  for (const document of documents) {
    if (!isPublishedId(document._id)) continue
    walkReferences(document, (ref, weak, path) => {
      if (weak || !draftOnly(ref)) return
      findings.push({
        documentId: document._id,
        documentType: document._type,
        path,
        level: 'error',
        message: `${labelOf(byId.get(`drafts.${ref}`), ref)} is not published yet: publish it first, or choose a published one.`,
        check: 'reference',
      })
    })
  }
  return findings
}

/**
 * Slugs (`slug.current`) another document of the same type uses too: a `slug` error on
 * each, naming the other. A draft and its published document are one document.
 */
export function slugFindings(documents: readonly DatasetDocument[]): ValidationFinding[] {
  const owners = new Map<string, DatasetDocument[]>()
  for (const document of documents) {
    const slug = (document.slug as {current?: unknown} | undefined)?.current
    if (typeof slug !== 'string' || slug === '') continue
    const key = `${document._type}\u0000${slug}`
    owners.set(key, [...(owners.get(key) ?? []), document])
  }
  const findings: ValidationFinding[] = []
  for (const [key, holders] of owners) {
    const slug = key.split('\u0000')[1] ?? ''
    for (const document of holders) {
      // Each other document once: its published version when it has one.
      const others = new Map<string, DatasetDocument>()
      for (const other of holders) {
        const id = publishedIdOf(other._id)
        if (id !== publishedIdOf(document._id) && (!others.has(id) || isPublishedId(other._id))) others.set(id, other)
      }
      if (others.size === 0) continue
      findings.push({
        documentId: document._id,
        documentType: document._type,
        path: 'slug',
        level: 'error',
        message: `The address "${slug}" is also used by ${[...others.values()].map((other) => `${labelOf(other, other._id)} (${other._id})`).join(', ')}: give each its own.`,
        check: 'slug',
      })
    }
  }
  return findings
}

/**
 * Headings that skip a level in a Portable Text field (`heading-order` warnings): the
 * article's title is the page's h1, so the first heading is an h2 and each heading is at
 * most one level below the one before (WCAG 2.2, 1.3.1 "Info and Relationships"; the
 * HTML standard's outline). Links without text, or whose text does not say where they go
 * (`link-text` warnings, WCAG 2.2, 2.4.4).
 */
export function textFindings(document: DatasetDocument): ValidationFinding[] {
  const findings: ValidationFinding[] = []
  const finding = (path: string, message: string, check: ValidationFinding['check']) =>
    findings.push({documentId: document._id, documentType: document._type, path, level: 'warning', message, check})
  for (const field of TEXT_FIELDS[document._type] ?? []) {
    const blocks = document[field]
    if (!Array.isArray(blocks)) continue
    // The bio sits under the clinician's name (an h2 on the profile page): its headings are h3s.
    let previous = field === 'bio' ? 2 : 1
    for (const [index, item] of blocks.entries()) {
      if (typeof item !== 'object' || item === null || (item as {_type?: unknown})._type !== 'block') continue
      const block = item as TextBlock
      const path = `${field}${typeof block._key === 'string' ? `[_key=="${block._key}"]` : `[${index}]`}`
      const level = HEADING_LEVEL[block.style ?? '']
      if (level !== undefined) {
        if (level > previous + 1) {
          finding(path, `This heading skips a level: it is an h${level} right after ${previous === 1 ? 'the title' : `an h${previous}`}. Make it an h${previous + 1}, so readers who listen to the page can follow its outline.`, 'heading-order')
        }
        previous = level
      }
      for (const [key, text] of linkTexts(block)) {
        const plain = text.trim().toLowerCase().replace(/[.!:…>»→\s]+$/u, '').replace(/\s+/g, ' ')
        if (plain === '') finding(`${path}.markDefs[_key=="${key}"]`, 'This link has no text: readers cannot see or select it. Write a few words that say where it goes, or remove the link.', 'link-text')
        else if (VAGUE_LINK_TEXT.has(plain)) finding(`${path}.markDefs[_key=="${key}"]`, `The link text "${text.trim()}" does not say where the link goes. Use words that name the page, e.g. "our fees" instead of "click here".`, 'link-text')
      }
    }
  }
  return findings
}

/** The text of each annotation of a block, by mark key (all the spans it covers). */
function linkTexts(block: TextBlock): Map<string, string> {
  const keys = new Set((block.markDefs ?? []).map((definition) => definition._key).filter((key): key is string => typeof key === 'string'))
  const texts = new Map<string, string>()
  for (const key of keys) texts.set(key, '')
  for (const child of block.children ?? []) {
    for (const mark of child.marks ?? []) if (texts.has(mark)) texts.set(mark, `${texts.get(mark)}${child.text ?? ''}`)
  }
  // A definition no span uses is no link on the page (the renderer drops it).
  for (const key of keys) if (!(block.children ?? []).some((child) => child.marks?.includes(key))) texts.delete(key)
  return texts
}

/**
 * An article whose publication date is still to come: a `scheduled` note (level `info`)
 * saying when it appears. `now` is the clock's current time.
 */
export function scheduledFindings(document: DatasetDocument, now: Date): ValidationFinding[] {
  if (document._type !== 'article' || typeof document.publishedAt !== 'string') return []
  const at = new Date(document.publishedAt)
  if (Number.isNaN(at.getTime()) || at <= now) return []
  const day = at.toLocaleDateString('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})
  return [
    {
      documentId: document._id,
      documentType: document._type,
      path: 'publishedAt',
      level: 'info',
      message: `Scheduled: ${isPublishedId(document._id) ? 'it appears' : 'once published, it appears'} on the site, in feeds and in the sitemap on ${day} (UTC).`,
      check: 'scheduled',
    },
  ]
}
