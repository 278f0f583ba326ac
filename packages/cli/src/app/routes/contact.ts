import type {AppContext} from '../app-env.ts'
import {contactPage} from '../pages/contact-page.ts'
import {renderPage} from './render-page.ts'

/** `/contact`: every way to reach the practice, with the privacy note and the crisis notice. */
export function contact(c: AppContext): Promise<Response> {
  return renderPage(c, (context) => contactPage(context))
}
