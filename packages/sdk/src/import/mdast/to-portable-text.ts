import type {Definition, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'

import type {PluggableList} from 'unified'

import type {BlockExtension} from '../../extensions/types.ts'
import {runPlugins, type UnifiedFactory} from '../../plugins/run-plugins.ts'
import {normalizePortableText} from '../normalize.ts'
import type {Reporter} from '../report.ts'
import type {ImageResolver, ImportedBlock, KeyGenerator} from '../types.ts'
import {attachCaptions} from './captions.ts'
import {buildTextBlocks} from './inline-builder.ts'
import {inlineHandlers} from './phrasing/index.ts'
import {normalizeIdentifier, type DirectiveHandlers, type FlowHandler, type FlowHandlers, type ImportState} from './state.ts'

/** What {@link mdastToPortableText} needs besides the tree. */
export interface MdastSettings {
  /** The public function called (`fromMarkdown`), for option errors. */
  fn: string
  /** remark plugins to run on the tree first (with `unified`). */
  remarkPlugins?: PluggableList
  unified?: UnifiedFactory
  generateKey: KeyGenerator
  reporter: Reporter
  handlers: FlowHandlers
  directives: DirectiveHandlers
  /** Annotation extensions (text directives) by directive name. */
  annotations?: Readonly<Record<string, BlockExtension>>
  /** Finds the asset of a picture's URL (see `ImportOptions.resolveImage`). */
  resolveImage?: ImageResolver | undefined
  /** The Markdown the tree was read from, to quote; empty for trees from HTML or text. */
  source: string
}

// `html` is inline in mdast too, but Markdown puts it between blocks: it goes to its block handler.
const INLINE_TYPES = new Set<string>(Object.keys(inlineHandlers).filter((type) => type !== 'html'))

/**
 * The import's common step: an mdast tree (from Markdown, HTML or text) to Portable Text
 * of the schema's `blockContent`, following packages/sdk/docs/portable-text-and-markdown.md.
 * What cannot be mapped exactly goes to the reporter. The blocks come out normalised.
 */
export function mdastToPortableText(tree: Root, settings: MdastSettings): ImportedBlock[] {
  // A plugin's fault is the caller's, not the input's: runImport throws it, never a parse-failed report.
  tree = runPlugins(tree, settings.remarkPlugins, settings.unified, 'remarkPlugins', settings.fn)
  const definitions = new Map<string, Definition>()
  collectDefinitions(tree, definitions)

  const state: ImportState = {
    key: settings.generateKey,
    reporter: settings.reporter,
    source: settings.source,
    definitions,
    usedDefinitions: new Set(),
    handlers: settings.handlers,
    directives: settings.directives,
    annotations: settings.annotations ?? {},
    ...(settings.resolveImage ? {resolveImage: settings.resolveImage} : {}),
    all(nodes) {
      const blocks: ImportedBlock[] = []
      for (const node of attachCaptions(groupInline(nodes), state.source)) blocks.push(...state.one(node))
      return blocks
    },
    one(node) {
      const handler = (Object.hasOwn(state.handlers, node.type) ? state.handlers[node.type as keyof FlowHandlers] : undefined) as
        | FlowHandler
        | undefined
      if (handler) return handler(node, state)
      // A node no handler knows (from a future mdast utility): keep its content.
      if ('children' in node) return state.all(node.children as RootContent[])
      if ('value' in node && typeof node.value === 'string' && node.value.trim() !== '') {
        return state.inline([{type: 'text', value: node.value}], {style: 'normal'})
      }
      return []
    },
    inline(children, shape) {
      reportSplitImages(children, state)
      return buildTextBlocks(children, shape, state, inlineHandlers)
    },
  }

  const blocks = state.all(tree.children)
  for (const [id, definition] of definitions) {
    if (!state.usedDefinitions.has(id)) {
      state.reporter.add('definition-unused', `The link definition [${definition.label ?? id}] is used by no link: it was left out.`, definition, definition.url)
    }
  }
  return normalizePortableText(blocks)
}

/** Runs of inline nodes at block level (HTML fragments give these) become paragraphs. */
function groupInline(nodes: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    if (run.some((node) => !(node.type === 'text' && node.value.trim() === ''))) {
      result.push({type: 'paragraph', children: run} satisfies Paragraph)
    }
    run = []
  }
  for (const node of nodes) {
    if (INLINE_TYPES.has(node.type)) {
      run.push(node as PhrasingContent)
    } else {
      flush()
      result.push(node)
    }
  }
  flush()
  return result
}

function collectDefinitions(node: Nodes, definitions: Map<string, Definition>): void {
  if (node.type === 'definition') {
    const id = normalizeIdentifier(node.identifier)
    // The first definition of an identifier wins, as in CommonMark.
    if (!definitions.has(id)) definitions.set(id, node)
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, definitions)
}

function reportSplitImages(children: readonly PhrasingContent[], state: ImportState): void {
  const images: PhrasingContent[] = []
  let hasText = false
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'image' || node.type === 'imageReference') images.push(node)
      else if (node.type === 'text') hasText ||= node.value.trim() !== ''
      else if (node.type === 'inlineCode') hasText = true
      if ('children' in node) walk(node.children)
    }
  }
  walk(children)
  if (!hasText) return
  for (const image of images) {
    state.reporter.add('image-split', 'A picture inside a paragraph became a block of its own, between the text before and after it.', image)
  }
}
