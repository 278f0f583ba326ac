import {searchArticles} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {searchPage} from '../pages/search-page.ts'
import {nowOf} from './home.ts'
import {renderPage} from './render-page.ts'

/** The longest search accepted, in characters; longer ones are cut. */
export const MAX_SEARCH_LENGTH = 200

/** `/search?q=`: articles matching the words (GROQ `match`). */
export async function search(c: AppContext): Promise<Response> {
  const query = (c.req.query('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH)
  const results = query ? await searchArticles(c.get('source'), {q: query, limit: 30, ...nowOf(c)}) : undefined
  return renderPage(c, (context) => searchPage(context, query, results))
}
