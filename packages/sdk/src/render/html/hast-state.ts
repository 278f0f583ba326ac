// mdast-util-to-hast's fields on mdast nodes' `data` (`hName`, `hProperties`, `hChildren`), which our step applies too.
/// <reference types="mdast-util-to-hast" />
import type {Element, ElementContent, Root as HastRoot, RootContent as HastRootContent} from 'hast'
import type {Nodes, Parents, Root} from 'mdast'

/**
 * What our hast handlers get: the part of mdast-util-to-hast's `State` they use (`one`,
 * `all`, `wrap`, `patch`, `applyData`, `options`), and no more. It is not that library's
 * `State`: it has no `definitionById`, `footnoteById` or the like, since Portable Text makes
 * no references or footnotes. Every handler the SDK exports works with either state, so the
 * same handlers run in our fast step and under remark-rehype.
 */
export interface HastState {
  /** The `toHtml` options (under remark-rehype: its options, where the same fields may be given); read them with `htmlOptionsOf`. */
  options: object
  /** One mdast node as hast (through its handler). */
  one(node: Nodes, parent: Parents | undefined): ElementContent | ElementContent[] | undefined
  /** A parent's children as hast. */
  all(parent: Nodes): ElementContent[]
  /** Joins nodes with line endings; `loose` adds one before and after. */
  wrap<Type extends HastRootContent>(nodes: Type[], loose?: boolean): Array<Type | {type: 'text'; value: string}>
  /** Copies positions (our step keeps none). */
  patch(from: Nodes, to: HastRootContent | HastRoot): void
  /** Applies `data.hName`, `data.hProperties` and `data.hChildren`. */
  applyData<Type extends HastRootContent>(from: Nodes, to: Type): Type | Element
}

/** A hast handler the SDK writes: `(state, node, parent) => hast`, for our step and for remark-rehype alike. */
// `any` as mdast-util-to-hast's `Handler` has it: a handler takes the node type it is registered for, and ours pass into remark-rehype.
// eslint-disable-next-line typescript/no-explicit-any
export type HastHandler = (state: HastState, node: any, parent: Parents | undefined) => ElementContent | ElementContent[] | undefined

/**
 * mdast-util-to-hast's `toHast`, for the node types our fast step does not build (a GFM
 * `table` from a custom handler, a `footnoteReference`): pass it as `toHtml`'s `fullToHast`
 * option (`import {toHast} from 'mdast-util-to-hast'`), so it is bundled only where needed.
 */
export type FullToHast = (tree: Root, options: {handlers?: Record<string, unknown>}) => HastRoot | HastRootContent
