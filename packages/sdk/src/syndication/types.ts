import type {Path} from '../render/warning.ts'

/** A person or organisation credited in a feed. */
export interface FeedPerson {
  name: string
  /** Their page, absolute. */
  url?: string
}

/** A topic an item is filed under. */
export interface FeedCategory {
  /** The topic's slug (RSS `category`'s text is the label; Atom `term`). */
  term: string
  /** The topic's title. */
  label: string
  /** The topic's page, absolute. */
  url?: string
}

/** A picture carried with an item (RSS and Atom enclosure, JSON Feed `image`). */
export interface FeedImage {
  /** The original file, absolute. */
  url: string
  /** MIME type, e.g. `image/jpeg`. */
  type: string
  /** File size in bytes; `0` when unknown (as the RSS Advisory Board advises). */
  length: number
  width?: number
  height?: number
  alt?: string
}

/** One article in a feed: everything RSS, Atom and JSON Feed write about it, URLs absolute. */
export interface FeedItem {
  /** Stable id: the canonical URL (RSS `guid isPermaLink`, Atom `id`, JSON Feed `id`). */
  id: string
  /** The canonical URL: the article's own `canonicalUrl`, else its page on the site. */
  url: string
  title: string
  /** Plain-text summary: the excerpt. */
  summary?: string
  /** The full body as sanitised HTML with absolute URLs, crisis notice included when the article asks for it. */
  contentHtml: string
  /** RFC 3339 date-times (ISO 8601, UTC). */
  published: string
  updated: string
  authors: FeedPerson[]
  categories: FeedCategory[]
  image?: FeedImage
}

/** A feed's own URLs, absolute. */
export interface FeedLinks {
  /** The site's (or topic's, author's) HTML page. */
  home: string
  rss: string
  atom: string
  json: string
  /** WebSub hubs, when configured. */
  hubs: string[]
}

/** A feed before it is written: what `buildFeed` returns and `toRss`, `toAtom`, `toJsonFeed` write. */
export interface Feed {
  /** Whose articles: the whole site, one topic or one author. */
  scope: {kind: 'site'} | {kind: 'topic'; slug: string; title: string} | {kind: 'author'; slug: string; name: string}
  title: string
  /** Says it is sample content while the practice says `sampleContent`. */
  description: string
  /** BCP 47 language tag, e.g. `en-US`. */
  language: string
  /** `© {name}`, the practice's name. */
  copyright: string
  /** The newest `updated` of its items (RFC 3339); the practice's last change when empty. */
  updated: string
  links: FeedLinks
  /** The practice's logo, absolute. */
  icon?: string
  /** The practice (publisher). */
  publisher: FeedPerson
  sampleContent: boolean
  items: FeedItem[]
}

/** What `buildFeed`, the sitemap and the SEO functions report about content they could not use as it is. */
export interface SyndicationWarning {
  /** What it is about: a block type (from rendering), `slug`, `title`, `article`. */
  type: string
  /** The document, e.g. `article-repair-after-an-argument`. */
  documentId?: string
  /** Where in the document, when known (`[_key=="a1"].children[0]`-style path). */
  path?: Path
  /** What happened and what was done instead, in plain words. */
  message: string
}

/** Receives each {@link SyndicationWarning}; `false` silences. Default `console.warn`. */
export type OnSyndicationWarning = (warning: SyndicationWarning) => void
