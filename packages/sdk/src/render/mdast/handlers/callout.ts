import type {ContainerDirective} from 'mdast-util-directive'

import type {CalloutBlock} from '../../portable-text.ts'
import {describe} from '../../../vocabulary/describe.ts'
import {isCalloutTone} from '../../../vocabulary/callout-tones.ts'
import {textParagraphs} from '../plain-text.ts'
import type {ToMdastState} from '../types.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

/**
 * A callout, as the container directive `:::callout{tone}` holding its text as paragraphs
 * (blank lines separate them). A tone other than note, tip, important or caution renders
 * as a note, with a warning.
 */
export function callout(value: CalloutBlock, state: ToMdastState): ContainerDirective | undefined {
  const children = textParagraphs(typeof value.text === 'string' ? value.text : '')
  if (children.length === 0) {
    state.warn('callout', 'the callout has no text; it was left out.')
    return undefined
  }
  let tone: unknown = value.tone ?? 'note'
  if (!isCalloutTone(tone)) {
    state.warn('callout', `the callout tone ${describe(tone)} is not one of note, tip, important, caution; it was rendered as a note.`, [...state.path, 'tone'])
    tone = 'note'
  }
  return {type: 'containerDirective', name: DIRECTIVES.callout.name, attributes: {tone: tone as string}, children}
}
