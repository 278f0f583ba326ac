import type {LinkReference} from 'mdast'

import type {InlineHandler} from '../inline-builder.ts'
import {normalizeIdentifier} from '../state.ts'
import {addLink} from './link.ts'

/** `[text][ref]`: a link to the address its definition gives. */
export const linkReference: InlineHandler<LinkReference> = (node, builder, state) => {
  const id = normalizeIdentifier(node.identifier)
  const definition = state.definitions.get(id)
  if (!definition) {
    builder.all(node.children)
    return
  }
  state.usedDefinitions.add(id)
  if (definition.title) {
    state.reporter.add('link-title', `The link title "${definition.title}" was dropped: a link has no title in the article.`, node, definition.title)
  }
  addLink(definition.url, false, node.children, node, builder, state)
}
