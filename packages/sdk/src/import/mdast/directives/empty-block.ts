import type {ImportedTextBlock} from '../../types.ts'
import type {DirectiveHandler} from '../state.ts'
import {readAttributes} from './attributes.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'

const STYLES: ReadonlySet<string> = new Set(['normal', 'h2', 'h3', 'h4', 'blockquote'])

/**
 * `::empty{style="h2"}`: a text block with no text (an editor's empty line), as lossless
 * Markdown writes it. It comes back as a block of that style holding one empty span; a
 * style the article does not have is reported (`directive-attribute`) and becomes `normal`.
 */
export const emptyBlock: DirectiveHandler = (node, state) => {
  const {style = 'normal'} = readAttributes(node, DIRECTIVES.empty.attributes, state)
  if (!STYLES.has(style)) {
    state.reporter.add('directive-attribute', `The style "${style}" of "empty" is not one the article has: the empty block became a paragraph.`, node, style)
  }
  const block: ImportedTextBlock = {
    _type: 'block',
    _key: state.key(),
    style: (STYLES.has(style) ? style : 'normal') as ImportedTextBlock['style'],
    markDefs: [],
    children: [{_type: 'span', _key: state.key(), text: '', marks: []}],
  }
  return [block]
}
