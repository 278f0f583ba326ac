import type {PracticeQueryResult, TopicsQueryResult} from '../generated/sanity.types.ts'
import {practiceQuery} from '../queries/practice.ts'
import {topicsQuery} from '../queries/topics.ts'
import type {ContentSource, FetchOptions} from '../sources/content-source.ts'
import {checkParams} from './check-params.ts'
import {nowParam, type AtTime} from './clock.ts'

/** The practice settings; `null` before they are first published. */
export async function getPractice(source: ContentSource, params: Record<string, never> = {}, options: FetchOptions = {}): Promise<PracticeQueryResult> {
  checkParams('getPractice', source, params, [], options)
  return source.fetch<PracticeQueryResult>(practiceQuery, {}, {tag: 'getPractice', ...options})
}

/** Every topic, by title, with its number of published articles. */
export async function listTopics(source: ContentSource, params: AtTime = {}, options: FetchOptions = {}): Promise<TopicsQueryResult> {
  checkParams('listTopics', source, params, ['now'], options)
  return source.fetch<TopicsQueryResult>(topicsQuery, {now: nowParam(params.now, 'listTopics')}, {tag: 'listTopics', ...options})
}
