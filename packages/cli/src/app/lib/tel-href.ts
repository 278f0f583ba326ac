/**
 * The `tel:` URI's number for a phone number as written ("(408) 555-0100" -> "4085550100"):
 * digits and a leading `+` only, the global or local number of RFC 3966 without its
 * visual separators.
 */
export function telHref(phone: string): string {
  return phone.replace(/[^+\d]/g, '')
}
