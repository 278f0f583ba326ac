import {getPractice, listLocations, listTopics, type ContentSource, type LocationsQueryResult, type PracticeQueryResult, type TopicsQueryResult} from '@practice-press/sdk'

/** What every page's layout shows: the practice, its offices, its topics. */
export interface SiteData {
  practice: NonNullable<PracticeQueryResult> | null
  locations: LocationsQueryResult
  topics: TopicsQueryResult
}

const cache = new WeakMap<ContentSource, {at: number; data: Promise<SiteData>}>()

/** The site data of a source, kept per source object for `maxAgeMs`. A failed load is not kept. */
export function siteData(source: ContentSource, params: {now?: string}, maxAgeMs: number): Promise<SiteData> {
  const kept = cache.get(source)
  if (kept && Date.now() - kept.at < maxAgeMs) return kept.data
  const data = Promise.all([getPractice(source), listLocations(source), listTopics(source, params)]).then(([practice, locations, topics]) => ({
    practice,
    locations,
    topics: topics.filter((topic) => (topic.articleCount ?? 0) > 0),
  }))
  cache.set(source, {at: Date.now(), data})
  data.catch(() => cache.delete(source))
  return data
}
