import type {InlineHandlers} from '../inline-builder.ts'
import {hardBreak} from './break.ts'
import {strikethrough} from './delete.ts'
import {emphasis} from './emphasis.ts'
import {footnoteReference} from './footnote-reference.ts'
import {html} from './html.ts'
import {imageReference} from './image-reference.ts'
import {image} from './image.ts'
import {inlineCode} from './inline-code.ts'
import {linkReference} from './link-reference.ts'
import {link} from './link.ts'
import {strong} from './strong.ts'
import {textDirective} from './text-directive.ts'
import {text} from './text.ts'

/** The inline handlers: one per inline mdast node type. */
export const inlineHandlers: InlineHandlers = {
  break: hardBreak,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  strong,
  text,
  textDirective,
}
