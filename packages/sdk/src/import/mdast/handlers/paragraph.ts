import type {Paragraph} from 'mdast'

import type {FlowHandler} from '../state.ts'

/** A paragraph: a `normal` block (a picture in it becomes a block of its own). */
export const paragraph: FlowHandler<Paragraph> = (node, state) => state.inline(node.children, {style: 'normal'})
