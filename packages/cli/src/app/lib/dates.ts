/** Dates as a reader in the practice's country reads them. */

/** `February 11, 2025`; the date part of an ISO string, read as a calendar day (no time zone shift). */
export function formatDate(iso: string | null | undefined, locale = 'en-US'): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(date)
}

/** `2025-02-11`, for `<time datetime>`. */
export function isoDay(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : ''
}
