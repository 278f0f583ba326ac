import {getLocation} from '@practice-press/sdk'

import type {AppContext} from '../app-env.ts'
import {locationPage} from '../pages/location-page.ts'
import {notFound} from './not-found.ts'
import {renderPage} from './render-page.ts'

/** `/locations/{slug}`: an office. */
export async function location(c: AppContext): Promise<Response> {
  const found = await getLocation(c.get('source'), {slug: c.req.param('slug') ?? ''})
  if (!found) return notFound(c)
  return renderPage(c, (context) => locationPage(context, found))
}
