import {image as fromDirective} from '../../import/mdast/directives/image.ts'
import {imageToHast as toHast} from '../../render/html/handlers/image.ts'
import {portablePicture} from '../../render/markdown/portable.ts'
import {imageWithCredit as toMdast} from '../../render/mdast/handlers/image.ts'
import {DIRECTIVES} from '../../vocabulary/directives.ts'
import {addSteps} from '../add-steps.ts'
import type {BlockExtension} from '../types.ts'

/** `imageWithCredit` as HTML needs it: `::image[alt]{…}`, then a `<figure>`. */
export const pictureForHtml: BlockExtension = {type: 'imageWithCredit', directive: DIRECTIVES.imageWithCredit, toMdast, toHast}

/**
 * `imageWithCredit` in every stage: `::image[alt]{…}`; a `<figure>`; `![alt](url)` and a
 * caption line; its caption as text; read back from `::image` with its credit.
 */
export const picture: BlockExtension = /* @__PURE__ */ addSteps(pictureForHtml, {
  toPortableMarkdown: portablePicture,
  toText: (node: {attributes?: {caption?: string | null} | null}) => (node.attributes?.caption ? [node.attributes.caption] : []),
  fromDirective,
})
