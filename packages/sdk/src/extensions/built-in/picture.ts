import {imageToHast as toHast} from '../../render/html/handlers/image.ts'
import {portablePicture} from '../../render/markdown/portable.ts'
import {imageWithCredit} from '../../render/mdast/handlers/image.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import type {BlockExtension} from '../types.ts'

/** `imageWithCredit`: `::image[alt]{…}`; a `<figure>`; `![alt](url)` and a caption line; its caption as text. */
export const picture: BlockExtension = {
  type: 'imageWithCredit',
  directive: DIRECTIVES.imageWithCredit,
  toMdast: imageWithCredit,
  toHast,
  toPortableMarkdown: portablePicture,
  toText: (node: {attributes?: {caption?: string | null} | null}) => (node.attributes?.caption ? [node.attributes.caption] : []),
}
