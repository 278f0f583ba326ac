import type {Element, Nodes, Root} from 'xast'
import {fromXml} from 'xast-util-from-xml'

/** One post of a WordPress export (WXR), as far as an article needs it. */
export interface WordPressPost {
  /** `wp:post_id`. */
  id: string
  title: string
  /** `wp:post_name`; empty for a draft WordPress never gave an address. */
  slug: string
  /** `content:encoded`: the post's HTML, with WordPress's blank-line paragraphs. */
  html: string
  /** `excerpt:encoded`, when written by hand. */
  excerpt: string
  /** `wp:post_date_gmt` as ISO 8601, when WordPress set one. */
  publishedAt?: string
  /** `wp:status`: `publish`, `draft`, `pending`, `private`, `future`. */
  status: string
  /** Category and tag names, in order. */
  terms: string[]
  /** The featured image's address (`_thumbnail_id`'s attachment), when there is one. */
  featuredImageUrl?: string
}

/** What a WordPress export holds. */
export interface WordPressExport {
  /** The site's host name (`old.example`), from the channel's `link`; `''` when it has none. */
  site: string
  posts: WordPressPost[]
  /** What was not read as articles, by `wp:post_type` (`page`, `attachment`, `nav_menu_item`, ...), with how many; trashed posts as `trash`. */
  skipped: Record<string, number>
}

/**
 * Reads a WordPress eXtended RSS file (Tools → Export in WordPress): every `item` whose
 * `wp:post_type` is `post` (trashed ones left out), its categories and tags, and its
 * featured image through the attachment its `_thumbnail_id` names. Read with
 * `xast-util-from-xml`, the unified collective's XML parser.
 *
 * @throws {Error} when the text is not XML, or not a WordPress export (no `rss > channel` with `wp:` items); the message says which.
 */
export function readWordPressExport(xml: string): WordPressExport {
  let tree: Root
  try {
    tree = fromXml(xml)
  } catch (error) {
    const place = (error as {place?: {line?: number; column?: number}}).place
    const reason = [(error as Error).message, ((error as Error).cause as Error | undefined)?.message].filter(Boolean).join(': ')
    throw new Error(`it is not well-formed XML${place?.line ? ` (line ${place.line}, column ${place.column ?? 1})` : ''}: ${reason}`, {cause: error})
  }
  const rss = tree.children.find((node): node is Element => node.type === 'element' && node.name === 'rss')
  const channel = rss && children(rss, 'channel')[0]
  const wordPress = rss && (typeof rss.attributes['xmlns:wp'] === 'string' || (channel && children(channel, 'wp:wxr_version').length > 0))
  if (!channel || !wordPress) throw new Error('it is XML, but not a WordPress export (no <rss><channel> with WordPress\'s wp: fields). Export from WordPress with Tools → Export.')
  const items = children(channel, 'item')
  let site = ''
  try {
    site = new URL(textOf(channel, 'link')).hostname
  } catch {
    site = ''
  }
  const attachments = new Map<string, string>()
  for (const item of items) {
    if (textOf(item, 'wp:post_type') === 'attachment') attachments.set(textOf(item, 'wp:post_id'), textOf(item, 'wp:attachment_url') || textOf(item, 'guid'))
  }
  const posts: WordPressPost[] = []
  const skipped: Record<string, number> = {}
  for (const item of items) {
    const type = textOf(item, 'wp:post_type') || 'post'
    const status = textOf(item, 'wp:status') || 'publish'
    if (type !== 'post' || status === 'trash') {
      const key = type === 'post' ? 'trash' : type
      skipped[key] = (skipped[key] ?? 0) + 1
      continue
    }
    const meta = new Map(children(item, 'wp:postmeta').map((entry) => [textOf(entry, 'wp:meta_key'), textOf(entry, 'wp:meta_value')]))
    const thumbnail = meta.get('_thumbnail_id')
    const featuredImageUrl = thumbnail ? attachments.get(thumbnail) : undefined
    const date = textOf(item, 'wp:post_date_gmt')
    const publishedAt = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(date) && !date.startsWith('0000') ? `${date.replace(' ', 'T')}.000Z` : undefined
    posts.push({
      id: textOf(item, 'wp:post_id'),
      title: textOf(item, 'title'),
      slug: textOf(item, 'wp:post_name'),
      html: textOf(item, 'content:encoded'),
      excerpt: textOf(item, 'excerpt:encoded'),
      status,
      terms: [...new Set(children(item, 'category').map((category) => collectText(category).trim()).filter(Boolean))],
      ...(publishedAt ? {publishedAt} : {}),
      ...(featuredImageUrl ? {featuredImageUrl} : {}),
    })
  }
  return {site, posts, skipped}
}

function children(parent: Element, name: string): Element[] {
  return parent.children.filter((node): node is Element => node.type === 'element' && node.name === name)
}

/** The text of the first child element called `name` (CDATA included), trimmed; `''` when there is none. */
function textOf(parent: Element, name: string): string {
  const element = children(parent, name)[0]
  return element ? collectText(element).trim() : ''
}

function collectText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'cdata') return node.value
  if (node.type === 'element' || node.type === 'root') return node.children.map(collectText).join('')
  return ''
}

const BLOCK_START = /^<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|!--)\b/i

/**
 * WordPress's classic editor stores paragraphs as blank lines, which its `wpautop` turns
 * into `<p>` when showing a post: each run of text between blank lines that does not
 * start with a block element becomes a paragraph, single line breaks `<br>`, as it does.
 */
export function wordPressParagraphs(html: string): string {
  return html
    .split(/\r?\n[\t ]*\r?\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replaceAll(/\r?\n/g, '<br>\n')}</p>`))
    .join('\n')
}
