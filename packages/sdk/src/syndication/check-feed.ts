import {OptionError} from '../vocabulary/option-error.ts'
import type {Feed, FeedLinks} from './types.ts'

/** What a feed writer's first argument must be. */
const FEED = 'a Feed from buildFeed'

/** The feed's own text every writer reads. */
const TEXT = ['title', 'description', 'language', 'copyright'] as const

/**
 * Checks a feed writer's argument (`toRss`, `toAtom`, `jsonFeed`, `toJsonFeed`): an object
 * with the fields every writer reads first: `items` an array; `title`, `description`,
 * `language` and `copyright` strings; `links` the feed's URLs; `publisher` a person. The
 * items themselves are not checked (a Feed comes from `buildFeed`): a few typeof checks,
 * whatever the feed's size.
 *
 * @param fn The public function called, for the error.
 * @throws {OptionError} naming `feed` or the first of its fields that is missing.
 */
export function assertFeed(feed: unknown, fn: string): asserts feed is Feed {
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) throw new OptionError({fn, option: 'feed', must: `be ${FEED}`, value: feed})
  const {items, links, publisher} = feed as Partial<Feed>
  if (!Array.isArray(items)) throw new OptionError({fn, option: 'feed.items', must: `be an array of feed items, as ${FEED} has`, value: items})
  for (const key of TEXT) {
    const value = (feed as Partial<Feed>)[key]
    if (typeof value !== 'string') throw new OptionError({fn, option: `feed.${key}`, must: `be a string, as ${FEED} has`, value})
  }
  if (!isLinks(links)) throw new OptionError({fn, option: 'feed.links', must: `be the feed's URLs {home, rss, atom, json, hubs}, as ${FEED} has`, value: links})
  if (typeof publisher?.name !== 'string') throw new OptionError({fn, option: 'feed.publisher', must: `be the practice {name, url}, as ${FEED} has`, value: publisher})
}

/** True for a feed's `links`: its four URLs as strings and `hubs` an array. */
function isLinks(links: Partial<FeedLinks> | undefined): boolean {
  return (
    typeof links === 'object' &&
    links !== null &&
    typeof links.home === 'string' &&
    typeof links.rss === 'string' &&
    typeof links.atom === 'string' &&
    typeof links.json === 'string' &&
    Array.isArray(links.hubs)
  )
}
