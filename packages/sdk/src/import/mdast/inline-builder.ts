import type {Nodes, PhrasingContent} from 'mdast'

import type {ImportedBlock, ImportedMarkDef, ImportedSpan, ImportedTextBlock} from '../types.ts'
import type {ImportState, TextBlockShape} from './state.ts'

/** A mark definition before it gets its `_key`. */
export type NewMarkDef = ImportedMarkDef extends infer D ? (D extends ImportedMarkDef ? Omit<D, '_key'> : never) : never

/** Builds text blocks from inline content; handed to every inline handler. */
export interface InlineBuilder {
  /**
   * Adds text with the marks now open. `keep` says which of its edges are spaces written on
   * purpose (`&#x20;` in Markdown), which stay even at the start or end of a block.
   */
  text(value: string, keep?: {start?: boolean; end?: boolean}): void
  /** Runs `inside` with `mark` (a decorator or an annotation key) open. */
  withMark(mark: string, inside: () => void): void
  /** Adds an annotation to the block being built and returns its key. */
  annotate(def: NewMarkDef): string
  /** Ends the text block being built, adds `block` after it, and goes on in a new text block. */
  split(block: ImportedBlock): void
  /** Adds inline children through their handlers. */
  all(children: readonly PhrasingContent[]): void
}

/** Turns one inline node into spans through an {@link InlineBuilder}. */
export type InlineHandler<N extends Nodes = Nodes> = (node: N, builder: InlineBuilder, state: ImportState) => void

/** The inline mdast node types the importer has handlers for (of any other, it keeps the text). */
export type InlineType =
  | 'break'
  | 'delete'
  | 'emphasis'
  | 'footnoteReference'
  | 'html'
  | 'image'
  | 'imageReference'
  | 'inlineCode'
  | 'link'
  | 'linkReference'
  | 'strong'
  | 'text'
  | 'textDirective'

/** One {@link InlineHandler} per inline mdast node type. */
export type InlineHandlers = {[K in InlineType]: InlineHandler<Extract<PhrasingContent, {type: K}>>}

/**
 * Lays inline content out as text blocks of one shape. A picture inside splits the run:
 * the text before it, the picture, the text after it.
 */
export function buildTextBlocks(
  children: readonly PhrasingContent[],
  shape: TextBlockShape,
  state: ImportState,
  handlers: InlineHandlers,
): ImportedBlock[] {
  const blocks: ImportedBlock[] = []
  const open: string[] = []
  const kept = new WeakMap<ImportedSpan, {start?: boolean; end?: boolean}>()
  let current = newBlock(shape, state)

  const flush = () => {
    trimEdges(current, kept)
    if ((current.children ?? []).some((span) => span.text !== '')) blocks.push(current)
    current = newBlock(shape, state)
  }

  const builder: InlineBuilder = {
    text(value, keep) {
      if (value === '') return
      const span: ImportedSpan = {_type: 'span', _key: state.key(), text: value, marks: [...open]}
      if (keep) kept.set(span, keep)
      current.children?.push(span)
    },
    withMark(mark, inside) {
      open.push(mark)
      try {
        inside()
      } finally {
        open.pop()
      }
    },
    annotate(def) {
      const _key = state.key()
      current.markDefs?.push({...def, _key} as ImportedMarkDef)
      return _key
    },
    split(block) {
      const previousDefs = current.markDefs ?? []
      flush()
      blocks.push(block)
      // Annotations open around the picture go on in the next block: define them there too.
      open.forEach((mark, index) => {
        const def = previousDefs.find((candidate) => candidate._key === mark)
        if (!def) return
        const _key = state.key()
        current.markDefs?.push({...def, _key})
        open[index] = _key
      })
    },
    all(nodes) {
      for (const node of nodes) {
        const handler = (Object.hasOwn(handlers, node.type) ? handlers[node.type as InlineType] : undefined) as InlineHandler | undefined
        if (handler) handler(node, builder, state)
        // An inline node no handler knows (from a future mdast utility): keep its text.
        else if ('children' in node) builder.all(node.children as PhrasingContent[])
        else if ('value' in node && typeof node.value === 'string') builder.text(node.value)
      }
    },
  }

  builder.all(children)
  flush()
  return blocks
}

function newBlock(shape: TextBlockShape, state: ImportState): ImportedTextBlock {
  const block: ImportedTextBlock = {_type: 'block', _key: state.key(), style: shape.style, markDefs: [], children: []}
  if (shape.listItem) {
    block.listItem = shape.listItem
    block.level = shape.level ?? 1
  }
  return block
}

/**
 * Spaces at the start and end of a block (left where a picture split a paragraph) go,
 * unless they were written on purpose (see {@link InlineBuilder.text}).
 */
function trimEdges(block: ImportedTextBlock, kept: WeakMap<ImportedSpan, {start?: boolean; end?: boolean}>): void {
  const spans = (block.children ?? []).filter((span) => span.text !== '')
  const first = spans[0]
  const last = spans.at(-1)
  if (first && !kept.get(first)?.start) first.text = first.text?.replace(/^[\t ]+/, '')
  if (last && !kept.get(last)?.end) last.text = last.text?.replace(/[\t ]+$/, '')
}
