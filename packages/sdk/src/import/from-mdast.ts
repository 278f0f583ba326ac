import type {Nodes, Root} from 'mdast'

import {OptionError} from '../vocabulary/option-error.ts'
import {mdastToPortableText} from './mdast/to-portable-text.ts'
import {resolveImportOptions, type ImportOptions} from './options.ts'
import {runImport} from './safe-run.ts'
import type {ImportResult} from './types.ts'

/** Options for {@link fromMdast}. */
export interface MdastImportOptions extends ImportOptions {
  /**
   * The Markdown the tree was parsed from, if any, so positions in the tree can be quoted
   * (an unknown directive is kept as the text it was written as). Default: none.
   */
  source?: string | undefined
}

/**
 * Imports an mdast tree, such as one from your own unified pipeline, as Portable Text of
 * the article schema: the step {@link fromMarkdown}, {@link fromHtml} and {@link fromText}
 * share. Never throws on any tree; throws an `OptionError` on bad options.
 *
 * @param tree - An mdast `root`. Directive nodes (mdast-util-directive) are read as
 *   lossless Markdown writes them.
 * @param options - See {@link MdastImportOptions}.
 * @returns The blocks and the report.
 *
 * @example
 * ```ts
 * import {fromMdast} from '@practice-press/sdk/import'
 *
 * const {blocks} = fromMdast({type: 'root', children: [{type: 'heading', depth: 3, children: [{type: 'text', value: 'Slow down'}]}]})
 * // [{_type: 'block', _key: '…', style: 'h3', markDefs: [], children: [{_type: 'span', _key: '…', text: 'Slow down', marks: []}]}]
 * ```
 */
export function fromMdast(tree: Root, options?: MdastImportOptions): ImportResult {
  return fromMdastFor(tree, options, 'fromMdast')
}

/** {@link fromMdast} for the public function `fn` (`remarkPortableText`), which its option errors name. */
export function fromMdastFor(tree: Root, options: MdastImportOptions | undefined, fn: string): ImportResult {
  if (typeof tree !== 'object' || tree === null || (tree as {type?: unknown}).type !== 'root') {
    throw new OptionError({fn, option: 'tree', must: 'be an mdast root ({type: "root", children: [...]})', value: tree})
  }
  const settings = resolveImportOptions(fn, options)
  const source = options?.source ?? ''
  if (typeof source !== 'string') throw new OptionError({fn, option: 'options.source', must: 'be a string', value: source})
  return runImport(
    '',
    settings.generateKey,
    (reporter) => mdastToPortableText(tree, {...settings, reporter, source}),
    () => treeText(tree),
  )
}

/** The text of a tree, a paragraph per top-level node, read without recursion. */
function treeText(tree: Root): string {
  return (Array.isArray(tree.children) ? tree.children : [])
    .map((top) => {
      let text = ''
      const stack: Nodes[] = [top]
      while (stack.length > 0) {
        const node = stack.pop() as Nodes
        if ('value' in node && typeof node.value === 'string') text += node.value
        if ('children' in node && Array.isArray(node.children)) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
      }
      return text.replace(/\s+/g, ' ').trim()
    })
    .filter(Boolean)
    .join('\n\n')
}
