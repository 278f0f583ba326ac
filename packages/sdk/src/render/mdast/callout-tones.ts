/** The tones a callout can take. */
export type CalloutTone = 'note' | 'tip' | 'important' | 'caution'

/**
 * The label readers see for each callout tone: the titles the Studio shows the editor
 * (`CALLOUT_TONES` in `schemas/src/objects/callout.ts`).
 */
export const CALLOUT_LABELS: Readonly<Record<CalloutTone, string>> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  caution: 'Gentle warning',
}

/** Whether a value is one of the callout tones. */
export function isCalloutTone(value: unknown): value is CalloutTone {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CALLOUT_LABELS, value)
}
