import type {ContainerDirective} from 'mdast-util-directive'

import {unknownDirective} from '../directives/unknown-directive.ts'
import type {FlowHandler} from '../state.ts'

/** `:::name{attributes}` ... `:::`: handled by the directive handler of that name. */
export const containerDirective: FlowHandler<ContainerDirective> = (node, state) =>
  (Object.hasOwn(state.directives, node.name) ? state.directives[node.name] : undefined)?.(node, state) ?? unknownDirective(node, state)
