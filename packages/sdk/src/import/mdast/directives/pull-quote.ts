import type {ImportedBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {readAttributes} from './attributes.ts'
import {directiveText} from './directive-text.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

type PullQuote = Extract<ImportedBlock, {_type: 'pullQuote'}>

/** `::pullquote[text]{attribution="..."}`: a `pullQuote`. */
export const pullQuote: DirectiveHandler = (node, state) => {
  const {attribution} = readAttributes(node, DIRECTIVES.pullQuote.attributes, state)
  const block: PullQuote = {_type: 'pullQuote', _key: state.key(), text: directiveText(node, 'pull quote', state)}
  if (attribution) block.attribution = attribution
  return [block]
}
