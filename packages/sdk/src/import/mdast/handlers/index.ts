import type {FlowHandlers} from '../state.ts'
import {blockquote} from './blockquote.ts'
import {code} from './code.ts'
import {containerDirective} from './container-directive.ts'
import {definition} from './definition.ts'
import {footnoteDefinition} from './footnote-definition.ts'
import {heading} from './heading.ts'
import {html} from './html.ts'
import {leafDirective} from './leaf-directive.ts'
import {list} from './list.ts'
import {paragraph} from './paragraph.ts'
import {table} from './table.ts'
import {thematicBreak} from './thematic-break.ts'

/**
 * The default handlers from mdast to Portable Text: one per mdast node type that makes
 * blocks. The importers' `handlers` option is merged over them (to replace any); render's
 * reverse map is `toMdastHandlers`.
 */
export const fromMdastHandlers: Readonly<FlowHandlers> = {
  blockquote,
  code,
  containerDirective,
  definition,
  footnoteDefinition,
  heading,
  html,
  leafDirective,
  list,
  paragraph,
  table,
  thematicBreak,
}
