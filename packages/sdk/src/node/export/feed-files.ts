import {listAuthors} from '../../content/authors.ts'
import {listTopics} from '../../content/practice.ts'
import type {ContentSource} from '../../sources/content-source.ts'
import {buildFeed, type BuildFeedOptions} from '../../syndication/build-feed.ts'
import {FEED_FILES} from '../../routes/url-for.ts'
import {toAtom} from '../../syndication/to-atom.ts'
import {toJsonFeed} from '../../syndication/to-json-feed.ts'
import {toRss} from '../../syndication/to-rss.ts'

/** One feed file: its path from the output folder (`rss.xml`, `topics/trust/atom.xml`) and its text. */
export interface FeedFile {
  path: string
  text: string
}

/**
 * Every feed of a site as files, at the paths `practice-press serve` answers them: RSS,
 * Atom and JSON Feed (`rss.xml`, `atom.xml`, `feed.json`) for the site, and the same under
 * `topics/<slug>/` and `authors/<slug>/` for each topic and clinician with a slug. The
 * same feeds `buildFeed` makes for the server: published articles only.
 *
 * @throws {OptionError} as `buildFeed` does, when neither `baseUrl` nor the practice gives the site's address.
 */
export async function feedFiles(source: ContentSource, options: Pick<BuildFeedOptions, 'baseUrl'> = {}): Promise<FeedFile[]> {
  const scopes: Array<{folder: string; scope: {topic?: string; author?: string}}> = [{folder: '', scope: {}}]
  for (const topic of await listTopics(source)) if (topic.slug) scopes.push({folder: `topics/${topic.slug}/`, scope: {topic: topic.slug}})
  for (const author of await listAuthors(source)) if (author.slug) scopes.push({folder: `authors/${author.slug}/`, scope: {author: author.slug}})
  const files: FeedFile[] = []
  for (const {folder, scope} of scopes) {
    const feed = await buildFeed(source, {...options, ...scope, onWarning: false})
    if (!feed) continue
    files.push({path: `${folder}${FEED_FILES.rss}`, text: toRss(feed)}, {path: `${folder}${FEED_FILES.atom}`, text: toAtom(feed)}, {path: `${folder}${FEED_FILES.json}`, text: toJsonFeed(feed)})
  }
  return files
}
