import type {Callout} from '../generated/sanity.types.ts'

/** The tones a callout can take: the schema's, from the generated `Callout` type. */
export type CalloutTone = NonNullable<Callout['tone']>

/**
 * The label readers see for each callout tone: the titles the Studio shows the editor
 * (`CALLOUT_TONES` in `schemas/src/objects/callout.ts`). Typed by {@link CalloutTone}, so
 * a tone added to the schema fails to compile here until it has a label.
 */
export const CALLOUT_LABELS: Readonly<Record<CalloutTone, string>> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  caution: 'Gentle warning',
}

/** The tones in the schema's order: `note`, `tip`, `important`, `caution`. */
export const CALLOUT_TONES: readonly CalloutTone[] = Object.keys(CALLOUT_LABELS) as CalloutTone[]

/** Whether a value is one of the callout tones (an own key of {@link CALLOUT_LABELS}). */
export function isCalloutTone(value: unknown): value is CalloutTone {
  return typeof value === 'string' && Object.hasOwn(CALLOUT_LABELS, value)
}
