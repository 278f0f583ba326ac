import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {Definition, Nodes, PhrasingContent, RootContent} from 'mdast'

import type {BlockExtension} from '../../extensions/types.ts'
import type {Reporter} from '../report.ts'
import type {ImageResolver, ImportedBlock, ImportedTextBlock} from '../types.ts'

/** The mdast node types that make blocks (everything but inline content). */
export type FlowType =
  | 'blockquote'
  | 'code'
  | 'containerDirective'
  | 'definition'
  | 'footnoteDefinition'
  | 'heading'
  | 'html'
  | 'leafDirective'
  | 'list'
  | 'paragraph'
  | 'table'
  | 'thematicBreak'

/** The mdast node of a given type. */
export type NodeOfType<K extends Nodes['type']> = Extract<Nodes, {type: K}>

/** Turns one mdast node into Portable Text blocks (none, one or several). */
export type FlowHandler<N extends Nodes = Nodes> = (node: N, state: ImportState) => ImportedBlock[]

/** One {@link FlowHandler} per mdast node type; options merge theirs over the defaults. */
export type FlowHandlers = {[K in FlowType]: FlowHandler<NodeOfType<K>>}

/** Turns a leaf or container directive of one name (`::image`, `:::callout`) into blocks. */
export type DirectiveHandler = (node: LeafDirective | ContainerDirective, state: ImportState) => ImportedBlock[]

/** One {@link DirectiveHandler} per directive name. */
export type DirectiveHandlers = Record<string, DirectiveHandler>

/** How a run of inline content is laid out as a text block. */
export interface TextBlockShape {
  style: NonNullable<ImportedTextBlock['style']>
  listItem?: NonNullable<ImportedTextBlock['listItem']>
  level?: number
}

/** What the handlers share while one tree is turned into Portable Text. */
export interface ImportState {
  /** A fresh `_key`. */
  key(): string
  /** Where the report goes. */
  reporter: Reporter
  /** The input, to quote it (raw HTML, unknown directives). Empty when there is none. */
  source: string
  /** Link and image definitions by normalised identifier, and which were used. */
  definitions: Map<string, Definition>
  usedDefinitions: Set<string>
  /** Turns each node of a list of flow nodes into blocks; runs of inline nodes become a paragraph. */
  all(nodes: readonly RootContent[]): ImportedBlock[]
  /** Turns one flow node into blocks through the handler for its type. */
  one(node: RootContent): ImportedBlock[]
  /** Turns inline content into text blocks of one shape (a picture inside splits them). */
  inline(children: readonly PhrasingContent[], shape: TextBlockShape): ImportedBlock[]
  /** The handlers in use (defaults merged with the options'). */
  handlers: FlowHandlers
  directives: DirectiveHandlers
  /**
   * Annotation extensions (text directives such as `:abbr[LMFT]{title}`) by directive name:
   * each becomes a `markDefs` entry of the extension's `type` with its known attributes as
   * fields, marking the directive's text.
   */
  annotations: Readonly<Record<string, BlockExtension>>
  /** Finds the asset of a picture's URL, when the importer was given one (`ImportOptions.resolveImage`). */
  resolveImage?: ImageResolver
}

/** Matches a definition's identifier as CommonMark does: case-insensitive, collapsed whitespace. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}
