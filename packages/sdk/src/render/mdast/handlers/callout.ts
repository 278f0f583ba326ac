import {asString} from '../../lib/values.ts'
import type {CalloutBlock} from '../../portable-text.ts'
import {CALLOUT_LABELS, isCalloutTone} from '../callout-tones.ts'
import type {CalloutNode} from '../nodes.ts'
import {textParagraphs} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'

/**
 * A callout: its text as paragraphs (blank lines separate them), its tone and label. A
 * tone other than note, tip, important or caution renders as a note, with a warning.
 */
export function callout(value: CalloutBlock, state: ToMdastState): CalloutNode | undefined {
  const children = textParagraphs(asString(value.text) ?? '')
  if (children.length === 0) {
    state.warn('callout', 'the callout has no text; it was left out.')
    return undefined
  }
  let tone = value.tone ?? 'note'
  if (!isCalloutTone(tone)) {
    state.warn('callout', `the callout tone ${JSON.stringify(tone)} is not one of note, tip, important, caution; it was rendered as a note.`, [...state.path, 'tone'])
    tone = 'note'
  }
  return {type: 'callout', tone, label: CALLOUT_LABELS[tone], children}
}
