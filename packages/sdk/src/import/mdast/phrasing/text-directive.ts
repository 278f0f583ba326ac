import type {TextDirective} from 'mdast-util-directive'

import type {InlineHandler} from '../inline-builder.ts'
import {bareDirective} from '../plain-text.ts'
import {addLink} from './link.ts'
import {DIRECTIVES} from '../../../vocabulary/directives.ts'
import {own} from '../../../vocabulary/own.ts'

/**
 * The lossless text directives: `:link[text]{href newTab}` (a link that opens in a new tab
 * when `newTab` is `"true"`), `:internal[text]{ref}` (a link to a page on this site) and
 * `:br[]` (a line break in a heading, which Markdown headings cannot otherwise hold; a bare
 * `:br` is text). Any other name is not a directive this importer knows: its source text stays as written.
 */
export const textDirective: InlineHandler<TextDirective> = (node, builder, state) => {
  const attributes = node.attributes ?? {}
  if (node.name === DIRECTIVES.link.name) {
    const newTab = attributes.newTab === 'true' || attributes.newTab === ''
    addLink(attributes.href ?? '', newTab, node.children, node, builder, state)
    return
  }
  if (node.name === DIRECTIVES.internalLink.name) {
    const ref = attributes.ref?.trim()
    if (!ref) {
      state.reporter.add('internal-link-without-page', 'An internal link names no page (ref): its text was kept without the link.', node)
      builder.all(node.children)
      return
    }
    const key = builder.annotate({_type: 'internalLink', reference: {_type: 'reference', _ref: ref}})
    builder.withMark(key, () => builder.all(node.children))
    return
  }
  const extension = own(state.annotations, node.name)
  if (extension) {
    const fields = Object.fromEntries(extension.directive.attributes.flatMap((name) => (typeof attributes[name] === 'string' ? [[name, attributes[name]]] : [])))
    const key = builder.annotate({_type: extension.type, ...fields} as never)
    builder.withMark(key, () => builder.all(node.children))
    return
  }
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const written = start !== undefined && end !== undefined ? state.source.slice(start, end) : undefined
  if (node.name === DIRECTIVES.lineBreak.name && written !== undefined && /^:br[[{]/.test(written) && node.children.length === 0) {
    builder.text('\n')
    return
  }
  // `10:30` or `Note:this` read as a directive by accident: keep the text as it was written.
  const bare = bareDirective(node, state.source)
  if (bare !== undefined) {
    builder.text(bare)
    return
  }
  state.reporter.add('unknown-directive', `The text directive ":${node.name}" is not one the article knows: its text was kept.`, node, written)
  builder.all(node.children)
}
