import type {StringRule} from 'sanity'

/** A phone number as people write it: digits, spaces, dashes, dots, brackets, a leading +. */
export function phoneNumber(rule: StringRule): StringRule {
  return rule
    .regex(/^\+?[\d\s().-]{7,20}$/, {name: 'phone number'})
    .error('Write the phone number with digits, spaces, dashes or brackets only, e.g. "(408) 555-0100".')
}
