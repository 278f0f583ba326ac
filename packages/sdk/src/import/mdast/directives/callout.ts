import type {ImportedBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {readAttributes} from './attributes.ts'
import {directiveText} from './directive-text.ts'
import {CALLOUT_TONES} from '../../../vocabulary/callout-tones.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

type Callout = Extract<ImportedBlock, {_type: 'callout'}>

/**
 * `:::callout{tone="tip"}` holding the text as paragraphs: a `callout`. Paragraphs are
 * separated by a blank line in its text. A missing or unknown tone becomes `note`, reported.
 */
export const callout: DirectiveHandler = (node, state) => {
  const {tone} = readAttributes(node, DIRECTIVES.callout.attributes, state)
  const block: Callout = {_type: 'callout', _key: state.key(), tone: 'note', text: directiveText(node, 'callout text', state)}
  const known = CALLOUT_TONES.find((candidate) => candidate === tone)
  if (known) {
    block.tone = known
  } else {
    state.reporter.add(
      'callout-tone',
      tone ? `The callout tone "${tone}" is not one of ${CALLOUT_TONES.join(', ')}: it became a note.` : 'A callout without a tone became a note.',
      node,
    )
  }
  return [block]
}
