import type {LeafDirective} from 'mdast-util-directive'

import {unknownDirective} from '../directives/unknown-directive.ts'
import type {FlowHandler} from '../state.ts'

/** `::name[label]{attributes}`: handled by the directive handler of that name. */
export const leafDirective: FlowHandler<LeafDirective> = (node, state) =>
  (Object.hasOwn(state.directives, node.name) ? state.directives[node.name] : undefined)?.(node, state) ?? unknownDirective(node, state)
