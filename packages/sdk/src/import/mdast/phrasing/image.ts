import type {Image} from 'mdast'

import {imageBlock} from '../image-block.ts'
import type {InlineHandler} from '../inline-builder.ts'

/** `![alt](url)`: a picture block of its own (Portable Text has no pictures inside text). */
export const image: InlineHandler<Image> = (node, builder, state) => {
  builder.split(imageBlock(node, state))
}
