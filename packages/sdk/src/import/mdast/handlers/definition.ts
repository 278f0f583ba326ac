import type {Definition} from 'mdast'

import type {FlowHandler} from '../state.ts'

/** A link definition (`[id]: url`) makes no block: the links that use it carry its URL. */
export const definition: FlowHandler<Definition> = () => []
