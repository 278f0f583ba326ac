import {
  getPractice,
  listAuthors,
  listLocations,
  listTopics,
  type AuthorsQueryResult,
  type ContentSource,
  type LocationsQueryResult,
  type PracticeQueryResult,
  type TopicsQueryResult,
} from '@practice-press/sdk'

/** What every page's layout shows: the practice, its clinicians, its offices, its topics. */
export interface SiteData {
  practice: NonNullable<PracticeQueryResult> | null
  /** The clinicians, by name: linked from the navigation, and their ways of contact on the contact page. */
  authors: AuthorsQueryResult
  locations: LocationsQueryResult
  topics: TopicsQueryResult
}

const cache = new WeakMap<ContentSource, {at: number; data: Promise<SiteData>}>()

/** The site data of a source, kept per source object for `maxAgeMs`. A failed load is not kept. */
export function siteData(source: ContentSource, params: {now?: string}, maxAgeMs: number): Promise<SiteData> {
  const kept = cache.get(source)
  if (kept && Date.now() - kept.at < maxAgeMs) return kept.data
  const data = Promise.all([getPractice(source), listAuthors(source), listLocations(source), listTopics(source, params)]).then(([practice, authors, locations, topics]) => ({
    practice,
    authors,
    locations,
    topics: topics.filter((topic) => (topic.articleCount ?? 0) > 0),
  }))
  cache.set(source, {at: Date.now(), data})
  data.catch(() => cache.delete(source))
  return data
}
