/**
 * HTML written by hand, escaped by default: `html` is a tagged template whose
 * interpolations are escaped unless they are already {@link SafeHtml} (another `html`
 * result, or `raw()` for HTML the SDK's sanitiser produced).
 */

/** A string of HTML that is safe to insert as it is. */
export interface SafeHtml {
  readonly __html: string
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[]

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

/** Marks HTML as safe: only for HTML from a sanitiser or written by this package. */
export function raw(markup: string): SafeHtml {
  return {__html: markup}
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && '__html' in value
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return value.map((item) => render(item as Interpolation)).join('')
  if (isSafe(value)) return value.__html
  return escapeHtml(String(value))
}

/**
 * @example
 * ```ts
 * html`<p>${'<b>'}</p>`.__html // '<p>&lt;b&gt;</p>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let index = 0; index < values.length; index++) out += render(values[index] as Interpolation) + (strings[index + 1] ?? '')
  return raw(out)
}
