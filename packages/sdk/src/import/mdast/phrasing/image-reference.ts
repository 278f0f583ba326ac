import type {ImageReference} from 'mdast'

import {imageBlock} from '../image-block.ts'
import type {InlineHandler} from '../inline-builder.ts'
import {normalizeIdentifier} from '../state.ts'

/** `![alt][ref]`: a picture at the address its definition gives. */
export const imageReference: InlineHandler<ImageReference> = (node, builder, state) => {
  const id = normalizeIdentifier(node.identifier)
  const definition = state.definitions.get(id)
  if (definition) state.usedDefinitions.add(id)
  builder.split(imageBlock({type: 'image', url: definition?.url ?? '', alt: node.alt ?? null, position: node.position}, state))
}
