import {listArticles, listTopics} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {topicPage} from '../pages/topic-page.ts'
import {nowOf, PAGE_SIZE, pageOrNull} from './home.ts'
import {notFound} from './not-found.ts'
import {renderPage} from './render-page.ts'

/** `/topics/{slug}`: a topic and its articles, paged. */
export async function topic(c: AppContext): Promise<Response> {
  const slug = c.req.param('slug') ?? ''
  const found = (await listTopics(c.get('source'), nowOf(c))).find((candidate) => candidate.slug === slug)
  if (!found) return notFound(c)
  const cursor = c.req.query('after')
  const page = await pageOrNull(() => listArticles(c.get('source'), {topic: slug, limit: PAGE_SIZE, ...(cursor ? {cursor} : {}), ...nowOf(c)}))
  if (!page) return notFound(c)
  return renderPage(c, (context) => topicPage(context, found, page))
}
