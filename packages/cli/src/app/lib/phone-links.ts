import {html, type SafeHtml} from './html.ts'
import {telHref} from './tel-href.ts'

/**
 * US three-digit service codes a notice may name (FCC, N11 codes; 988 is the Suicide &
 * Crisis Lifeline's, 47 CFR 52.200), and phone numbers as written ("(408) 555-0100",
 * "1-800-950-6264", "+1 408 555 0100").
 */
const PHONE = /(?<![\w/.-])(?:[2-9]11|988|\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})(?![\w/-])/g

/** `text` with every phone number and service code in it as a `tel:` link, the rest escaped. */
export function withPhoneLinks(text: string): SafeHtml {
  const parts: Array<SafeHtml | string> = []
  let last = 0
  for (const match of text.matchAll(PHONE)) {
    const number = match[0].trim()
    const start = match.index + match[0].indexOf(number)
    parts.push(text.slice(last, start), html`<a href="tel:${telHref(number)}">${number}</a>`)
    last = start + number.length
  }
  parts.push(text.slice(last))
  return html`${parts}`
}
