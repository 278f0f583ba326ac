import {getAuthor, listArticles} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {authorPage} from '../pages/author-page.ts'
import {nowOf} from './home.ts'
import {notFound} from './not-found.ts'
import {renderPage} from './render-page.ts'

/** `/authors/{slug}`: a clinician's profile and articles. */
export async function author(c: AppContext): Promise<Response> {
  const slug = c.req.param('slug') ?? ''
  const found = await getAuthor(c.get('source'), {slug})
  if (!found) return notFound(c)
  const articles = await listArticles(c.get('source'), {author: slug, limit: 12, ...nowOf(c)})
  return renderPage(c, (context) => authorPage(context, found, articles))
}
