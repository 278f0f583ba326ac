import {listArticles} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {homePage} from '../pages/home-page.ts'
import {PREVIEW_NOW} from '../preview.ts'
import {notFound} from './not-found.ts'
import {renderPage} from './render-page.ts'

/** Articles on one page of the home page and of a topic. */
export const PAGE_SIZE = 9

/** `/` and `/?after={cursor}`: the latest articles. */
export async function home(c: AppContext): Promise<Response> {
  const cursor = c.req.query('after')
  const page = await pageOrNull(() => listArticles(c.get('source'), {limit: PAGE_SIZE, ...(cursor ? {cursor} : {}), ...nowOf(c)}))
  if (!page) return notFound(c)
  return renderPage(c, (context) => homePage(context, page, {first: !cursor}))
}

/** In preview, scheduled articles count as published. */
export function nowOf(c: AppContext): {now?: string} {
  return c.get('preview') ? {now: PREVIEW_NOW} : {}
}

/** A page of articles, or `null` when the cursor is not one the SDK wrote. */
export async function pageOrNull<Page>(load: () => Promise<Page>): Promise<Page | null> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof TypeError) return null
    throw error
  }
}
