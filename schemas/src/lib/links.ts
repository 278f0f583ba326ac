import type {UrlRule} from 'sanity'

/** What an editor reads when a web address is not http(s). */
export const WEB_ADDRESS_MESSAGE = 'Use a full web address that starts with https:// (or http://).'

/** What an editor reads when a link is neither http(s), mailto: nor tel:. */
export const CONTACT_ADDRESS_MESSAGE =
  'Use a web address that starts with https://, an email link such as mailto:hello@example.com, or a phone link such as tel:+14085550100.'

/** Options for the address rules. */
export interface AddressRuleOptions {
  /**
   * Makes the field required, with this message. One rule carries both checks: a second
   * rule for "required" would inherit the url type's default check and report a bad
   * address twice.
   */
  required?: string
}

/** Web addresses readers can open: http and https only. */
export function webAddress(rule: UrlRule, options: AddressRuleOptions = {}): UrlRule {
  const base = options.required ? rule.required() : rule
  return base.uri({scheme: ['http', 'https']}).error(options.required ?? WEB_ADDRESS_MESSAGE)
}

/** Web addresses, plus email (mailto:) and phone (tel:) links. */
export function contactAddress(rule: UrlRule, options: AddressRuleOptions = {}): UrlRule {
  const base = options.required ? rule.required() : rule
  return base.uri({scheme: ['http', 'https', 'mailto', 'tel']}).error(options.required ?? CONTACT_ADDRESS_MESSAGE)
}
